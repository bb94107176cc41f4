/**
 * Where "Les hele punkt 4.4" / "Read section 4.4" points: the Teams deep link into the personal guideline tab
 * at that section or rule (subEntityId), or — without a Teams app id — the tab page on the bot's own server at
 * #section-4.4 or #R4.4.5 (every rule has its anchor at its sentence).
 */

/** The URL that opens the guideline reader at a section ("4.4", "vedtak") or at a rule ("R4.4.5"). */
export type SectionLinker = (target: string) => string;

const RULE_ID = /^(R\d+(\.\d+)+|M\.\d+)$/;

/** A rule id ("R4.4.5", "M.1") rather than a section id. */
export function isRuleId(target: string): boolean {
  return RULE_ID.test(target);
}

/** The HTML id of a rule's mark in the page: the rule id itself (#R4.4.5). */
export function ruleAnchor(ruleId: string): string {
  return ruleId;
}

/** The anchor a link target opens: a rule's mark or a section's heading. */
export function anchorOf(target: string): string {
  return isRuleId(target) ? ruleAnchor(target) : sectionAnchor(target);
}

/** The static tab's entityId in manifest/manifest.template.json. */
export const GUIDELINE_TAB_ENTITY_ID = 'guidelines';

/** The reader page's path on the bot's server (the static tab's contentUrl). */
export const GUIDELINE_TAB_PATH = '/tab/guidelines';

/** The HTML id of a section's heading, the anchor in the page. */
export function sectionAnchor(sectionId: string): string {
  return `section-${sectionId}`;
}

/** https://teams.microsoft.com/l/entity/<appId>/guidelines?context={"subEntityId":"4.4"} (the context URL-encoded). */
export function teamsDeepLink(teamsAppId: string, target: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: target }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${GUIDELINE_TAB_ENTITY_ID}?context=${context}`;
}

/** https://bot.example.no/tab/guidelines#section-4.4, or …#R4.4.5 for a rule. */
export function pageLink(baseUrl: string, target: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${GUIDELINE_TAB_PATH}#${anchorOf(target)}`;
}

/** A Teams deep link when the app id is known, else the page on the server; `baseUrl` is read when a link is made. */
export function sectionLinker(options: { teamsAppId?: string; baseUrl: () => string }): SectionLinker {
  const { teamsAppId } = options;
  return teamsAppId ? (target) => teamsDeepLink(teamsAppId, target) : (target) => pageLink(options.baseUrl(), target);
}
