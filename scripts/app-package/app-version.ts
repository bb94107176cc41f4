/**
 * The app version Teams accepts: MAJOR.MINOR.PATCH, digits only, no leading zeros, no pre-release or build suffix.
 * The manifest schema does not check `version` (it is a free string of at most 256 characters), but Teams rejects
 * anything else at upload, so the packager checks it.
 */
export const APP_VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

export function isTeamsAppVersion(version: string): boolean {
  return APP_VERSION_PATTERN.test(version);
}

export function describeVersionProblem(name: string, version: string): string {
  return `${name} must be MAJOR.MINOR.PATCH with digits only (e.g. 1.4.0; no leading zeros, no "-beta" suffix), got ${JSON.stringify(version)}`;
}
