/**
 * Puts the app package together: fill the manifest template and localization files, validate them against the
 * official schemas, check the icons, and zip manifest.json, the localization files and the icons at the zip root.
 * Every problem found is collected, and the build fails with all of them at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildZip } from './build-zip';
import type { PackageFile } from './build-zip';
import { checkColorIcon, checkOutlineIcon } from './check-icons';
import { fillTemplate } from './fill-template';
import type { PackageVariables } from './package-env';
import { PackageError } from './package-error';
import { validateLocalization, validateManifest } from './validate-manifest';

export const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');
export const TEMPLATE_FILE = 'manifest.template.json';

/** The files in manifest/ that go into a package, as read from disk. */
export interface PackageSources {
  template: string;
  /** Other files by name (localization JSON files, icons), as found next to the template. */
  files: ReadonlyMap<string, Buffer>;
}

export interface AppPackage {
  /** The filled manifest text, exactly as it is stored in the zip as manifest.json. */
  manifestJson: string;
  manifest: Record<string, unknown>;
  files: PackageFile[];
  zip: Buffer;
}

export function readPackageSources(manifestDir = MANIFEST_DIR): PackageSources {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(manifestDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== TEMPLATE_FILE && /\.(json|png)$/.test(entry.name)) files.set(entry.name, fs.readFileSync(path.join(manifestDir, entry.name)));
  }
  return { template: fs.readFileSync(path.join(manifestDir, TEMPLATE_FILE), 'utf8'), files };
}

function parseJson(fileName: string, text: string, problems: string[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push(`${fileName}: not valid JSON after filling the placeholders (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Relative file names the manifest refers to: localization files and icons. */
function referencedFiles(manifest: Record<string, unknown>): { localizations: string[]; color?: string; outline?: string } {
  const localizations: string[] = [];
  const info = manifest.localizationInfo;
  if (isRecord(info)) {
    if (typeof info.defaultLanguageFile === 'string') localizations.push(info.defaultLanguageFile);
    if (Array.isArray(info.additionalLanguages)) {
      for (const language of info.additionalLanguages) if (isRecord(language) && typeof language.file === 'string') localizations.push(language.file);
    }
  }
  const icons = isRecord(manifest.icons) ? manifest.icons : {};
  return {
    localizations,
    color: typeof icons.color === 'string' ? icons.color : undefined,
    outline: typeof icons.outline === 'string' ? icons.outline : undefined,
  };
}

function withPlaceholdersFilled<T>(problems: string[], fill: () => T): T | undefined {
  try {
    return fill();
  } catch (error) {
    if (error instanceof PackageError) {
      problems.push(...error.problems);
      return undefined;
    }
    throw error;
  }
}

/** Builds the package in memory. Throws PackageError with every problem found. */
export async function assembleAppPackage(sources: PackageSources, variables: PackageVariables): Promise<AppPackage> {
  const problems: string[] = [];
  const values: Record<string, string> = { ...variables };

  const manifestJson = withPlaceholdersFilled(problems, () => fillTemplate(sources.template, values, TEMPLATE_FILE));
  if (manifestJson === undefined) throw new PackageError(problems);
  const manifest = parseJson(TEMPLATE_FILE, manifestJson, problems);
  if (!isRecord(manifest)) throw new PackageError(problems.length > 0 ? problems : [`${TEMPLATE_FILE}: must be a JSON object`]);
  problems.push(...(await validateManifest(manifest)));

  const files: PackageFile[] = [{ name: 'manifest.json', data: manifestJson }];
  const refs = referencedFiles(manifest);

  for (const name of refs.localizations) {
    const source = sources.files.get(name);
    if (!source) {
      problems.push(`manifest.json: localization file ${JSON.stringify(name)} is not in manifest/`);
      continue;
    }
    const text = withPlaceholdersFilled(problems, () => fillTemplate(source.toString('utf8'), values, name));
    if (text === undefined) continue;
    const localization = parseJson(name, text, problems);
    if (localization !== undefined) problems.push(...(await validateLocalization(manifest, localization, name)));
    files.push({ name, data: text });
  }

  for (const [name, check] of [
    [refs.color, checkColorIcon],
    [refs.outline, checkOutlineIcon],
  ] as const) {
    if (name === undefined) continue; // the schema already reports a missing icon
    const data = sources.files.get(name);
    if (!data) {
      problems.push(`manifest.json: icon ${JSON.stringify(name)} is not in manifest/`);
      continue;
    }
    problems.push(...check(data, name));
    files.push({ name, data });
  }

  if (problems.length > 0) throw new PackageError(problems);
  return { manifestJson, manifest, files, zip: await buildZip(files) };
}
