/**
 * Where "Les hele punkt 4.4" / "Read section 4.4" points: the Teams deep link into the personal guideline tab
 * at that section (subEntityId), or — without a Teams app id — the tab page on the bot's own server at #section-4.4.
 */

/** The URL that opens the guideline reader at a section ("4.4", "vedtak"). */
export type SectionLinker = (sectionId: string) => string;

/** The static tab's entityId in manifest/manifest.template.json. */
export const GUIDELINE_TAB_ENTITY_ID = 'guidelines';

/** The reader page's path on the bot's server (the static tab's contentUrl). */
export const GUIDELINE_TAB_PATH = '/tab/guidelines';

/** The HTML id of a section's heading, the anchor in the page. */
export function sectionAnchor(sectionId: string): string {
  return `section-${sectionId}`;
}

/** https://teams.microsoft.com/l/entity/<appId>/guidelines?context={"subEntityId":"4.4"} (the context URL-encoded). */
export function teamsDeepLink(teamsAppId: string, sectionId: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: sectionId }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${GUIDELINE_TAB_ENTITY_ID}?context=${context}`;
}

/** https://bot.example.no/tab/guidelines#section-4.4 */
export function pageLink(baseUrl: string, sectionId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${GUIDELINE_TAB_PATH}#${sectionAnchor(sectionId)}`;
}

/** A Teams deep link when the app id is known, else the page on the server; `baseUrl` is read when a link is made. */
export function sectionLinker(options: { teamsAppId?: string; baseUrl: () => string }): SectionLinker {
  const { teamsAppId } = options;
  return teamsAppId ? (sectionId) => teamsDeepLink(teamsAppId, sectionId) : (sectionId) => pageLink(options.baseUrl(), sectionId);
}
