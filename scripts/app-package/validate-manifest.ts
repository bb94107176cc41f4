/**
 * Validates a filled Teams manifest and its localization files against the official JSON schemas, offline.
 *
 * The schemas come from the copies bundled in `@microsoft/app-manifest` (v1.0–v1.30 except 1.18) and are passed to
 * `AppManifestUtils.validateAgainstSchema` explicitly, so nothing is fetched from the network: a manifestVersion
 * without a bundled schema is an error, not a download. On top of the schema the packager checks what the schema
 * leaves out: `version` must be MAJOR.MINOR.PATCH, `$schema` must match `manifestVersion`, and every key of a
 * localization file must point at an existing string of the manifest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import type { AppManifest } from '@microsoft/app-manifest';
import { describeVersionProblem, isTeamsAppVersion } from './app-version';
import { repairSchemaPatterns } from './schema-patterns';

type Schema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;
type SchemaKind = 'MicrosoftTeams' | 'MicrosoftTeams.Localization';

const SCHEMA_URL_PREFIX = 'https://developer.microsoft.com/json-schemas/teams';

export function schemaUrl(manifestVersion: string, kind: SchemaKind = 'MicrosoftTeams'): string {
  return `${SCHEMA_URL_PREFIX}/v${manifestVersion}/${kind}.schema.json`;
}

function bundledSchemaDir(): string {
  return path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');
}

/** The manifest versions whose schemas ship with @microsoft/app-manifest, e.g. ["1.0", …, "1.30", "DevPreview"]. */
export function bundledManifestVersions(): string[] {
  return fs
    .readdirSync(bundledSchemaDir())
    .filter((dir) => dir.startsWith('v'))
    .map((dir) => dir.slice(1));
}

const schemaCache = new Map<string, Schema>();

function loadBundledSchema(manifestVersion: string, kind: SchemaKind): Schema | undefined {
  const file = path.join(bundledSchemaDir(), `v${manifestVersion}`, `${kind}.schema.json`);
  const cached = schemaCache.get(file);
  if (cached) return cached;
  if (!/^[0-9A-Za-z.]+$/.test(manifestVersion) || !fs.existsSync(file)) return undefined;
  // Same clean-up the library applies to the schemas it loads itself (\a and \v are not valid JSON escapes).
  const text = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  // And escape the lone `]` that stops AJV 8 from compiling the localization schemas (see schema-patterns.ts).
  const { schema } = repairSchemaPatterns(JSON.parse(text) as Schema);
  schemaCache.set(file, schema);
  return schema;
}

const KNOWN_PATTERNS: ReadonlyArray<[string, string]> = [
  ['^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$', 'must be a GUID'],
  ['^#[0-9a-fA-F]{6}$', 'must be a colour like #0B4A6F'],
  ['^[Hh][Tt][Tt][Pp][Ss]?://', 'must be an https:// URL'],
  ['^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8}){0,2}$', 'must be a language tag like nb-NO'],
];

/** `/bots/0/commandLists/1` → `bots[0].commandLists[1]`; the root is `(root)`. */
export function jsonPointerToPath(pointer: string): string {
  if (pointer === '' || pointer === '/') return '(root)';
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, segment) => (/^\d+$/.test(segment) ? `${acc}[${segment}]` : acc ? `${acc}.${segment}` : segment), '');
}

/**
 * Turns the library's "<instancePath> <message>. Details: <params>" strings into "file: path: message (detail)".
 * Falls back to the raw string if its shape ever changes.
 */
export function formatSchemaError(fileName: string, raw: string): string {
  const match = /^(\S*) (.*?)\. Details: (.*)$/s.exec(raw);
  if (!match) return `${fileName}: ${raw}`;
  const [, pointer = '', message = '', detailsText = ''] = match;
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(detailsText);
    if (parsed && typeof parsed === 'object') details = parsed as Record<string, unknown>;
  } catch {
    // keep the message without details
  }
  let text = message;
  const pattern = typeof details.pattern === 'string' ? details.pattern : undefined;
  const known = pattern ? KNOWN_PATTERNS.find(([p]) => p === pattern) : undefined;
  if (known) text = known[1];
  if (typeof details.additionalProperty === 'string') text += ` (${JSON.stringify(details.additionalProperty)} is not allowed here)`;
  if (Array.isArray(details.allowedValues)) text += ` (allowed: ${details.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  return `${fileName}: ${jsonPointerToPath(pointer)}: ${text}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function validateWithSchema(fileName: string, document: unknown, schema: Schema): Promise<string[]> {
  const raw = await AppManifestUtils.validateAgainstSchema(document as AppManifest, schema);
  return raw.map((message) => formatSchemaError(fileName, message));
}

/** Validates a filled manifest. Returns readable problems; empty means valid. */
export async function validateManifest(manifest: unknown, fileName = 'manifest.json'): Promise<string[]> {
  if (!isRecord(manifest)) return [`${fileName}: must be a JSON object`];
  const manifestVersion = manifest.manifestVersion;
  if (typeof manifestVersion !== 'string') return [`${fileName}: manifestVersion is missing`];
  const schema = loadBundledSchema(manifestVersion, 'MicrosoftTeams');
  if (!schema) {
    return [`${fileName}: manifestVersion ${JSON.stringify(manifestVersion)} has no schema bundled in @microsoft/app-manifest (bundled: ${bundledManifestVersions().join(', ')})`];
  }

  const problems: string[] = [];
  const expectedSchema = schemaUrl(manifestVersion);
  if (typeof manifest.$schema === 'string' && manifest.$schema.replace('/en-us/json-schemas/', '/json-schemas/') !== expectedSchema) {
    problems.push(`${fileName}: $schema is ${JSON.stringify(manifest.$schema)} but manifestVersion ${manifestVersion} needs ${expectedSchema}`);
  }
  problems.push(...(await validateWithSchema(fileName, manifest, schema)));
  if (typeof manifest.version === 'string' && !isTeamsAppVersion(manifest.version)) {
    problems.push(`${fileName}: ${describeVersionProblem('version', manifest.version)}`);
  }
  return problems;
}

/** Parses a localization key such as `bots[0].commandLists[1].commands[8].title` into path segments. */
function keySegments(key: string): Array<string | number> | undefined {
  const segments: Array<string | number> = [];
  for (const part of key.split('.')) {
    const match = /^([A-Za-z][A-Za-z0-9]*)((?:\[\d+\])*)$/.exec(part);
    if (!match?.[1]) return undefined;
    segments.push(match[1]);
    for (const index of (match[2] ?? '').matchAll(/\[(\d+)\]/g)) segments.push(Number(index[1]));
  }
  return segments;
}

function lookup(document: unknown, segments: ReadonlyArray<string | number>): unknown {
  let node: unknown = document;
  for (const segment of segments) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else node = isRecord(node) ? node[segment] : undefined;
  }
  return node;
}

/**
 * Validates one localization file (e.g. en-us.json) against the localization schema of the manifest's version, and
 * checks that each of its keys translates a string that exists in the manifest.
 */
export async function validateLocalization(manifest: unknown, localization: unknown, fileName: string): Promise<string[]> {
  if (!isRecord(manifest) || typeof manifest.manifestVersion !== 'string') return [`${fileName}: the manifest has no manifestVersion to validate against`];
  if (!isRecord(localization)) return [`${fileName}: must be a JSON object`];
  const manifestVersion = manifest.manifestVersion;
  const schema = loadBundledSchema(manifestVersion, 'MicrosoftTeams.Localization');
  if (!schema) return [`${fileName}: no localization schema for manifestVersion ${JSON.stringify(manifestVersion)} is bundled in @microsoft/app-manifest`];

  const problems: string[] = [];
  const expectedSchema = schemaUrl(manifestVersion, 'MicrosoftTeams.Localization');
  if (typeof localization.$schema === 'string' && localization.$schema.replace('/en-us/json-schemas/', '/json-schemas/') !== expectedSchema) {
    problems.push(`${fileName}: $schema is ${JSON.stringify(localization.$schema)} but manifestVersion ${manifestVersion} needs ${expectedSchema}`);
  }
  problems.push(...(await validateWithSchema(fileName, localization, schema)));
  for (const key of Object.keys(localization)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    const segments = keySegments(key);
    if (!segments || typeof lookup(manifest, segments) !== 'string') {
      problems.push(`${fileName}: key ${JSON.stringify(key)} does not point at a string in the manifest`);
    }
  }
  return problems;
}
