/**
 * The variables that fill the manifest template, read from the environment and validated by a zod schema.
 * Every problem names the variable, what it must look like and what was found.
 */
import { z } from 'zod';
import { APP_VERSION_PATTERN, describeVersionProblem } from './app-version';
import { PackageError } from './package-error';

/** Documented placeholder for local packages (`--local`): Teams rejects it on upload, by design. */
export const PLACEHOLDER_GUID = '00000000-0000-0000-0000-000000000000';

/** The same GUID pattern the Teams manifest schema uses (`#/definitions/guid`). */
export const GUID_PATTERN = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

/** A DNS host name: dot-separated labels of letters, digits and inner hyphens; no scheme, port or path. */
export const HOSTNAME_PATTERN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export interface PackageVariables {
  TEAMS_APP_ID: string;
  MICROSOFT_APP_ID: string;
  BOT_DOMAIN: string;
  APP_VERSION: string;
}

export interface PackageEnvOptions {
  /** `--local`: fill missing app ids with PLACEHOLDER_GUID instead of failing. */
  local: boolean;
  /** APP_VERSION when the variable is not set (package.json "version"). */
  defaultVersion: string;
}

export interface ParsedPackageEnv {
  variables: PackageVariables;
  /** Names of the variables that were filled with PLACEHOLDER_GUID (only with `--local`). */
  placeholders: string[];
}

type Env = Readonly<Record<string, string | undefined>>;

const blankToUndefined = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

function guid(name: string, hint: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: () => `${name} is missing: set it to ${hint}` })
      .regex(GUID_PATTERN, { error: (issue) => `${name} must be a GUID like 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d, got ${JSON.stringify(issue.input)}` }),
  );
}

function describeHostProblem(value: string): string {
  const example = '(e.g. some-bot.example.no)';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return `BOT_DOMAIN must be a host name without scheme ${example}, got ${JSON.stringify(value)}`;
  if (value.includes('/')) return `BOT_DOMAIN must be a host name without path ${example}, got ${JSON.stringify(value)}`;
  if (value.includes(':')) return `BOT_DOMAIN must be a host name without port ${example}, got ${JSON.stringify(value)}`;
  return `BOT_DOMAIN must be a host name ${example}, got ${JSON.stringify(value)}`;
}

const packageEnvSchema = z.object({
  TEAMS_APP_ID: guid('TEAMS_APP_ID', "the Teams app's id, a GUID that stays the same for every version of the app"),
  MICROSOFT_APP_ID: guid('MICROSOFT_APP_ID', "the bot's Microsoft Entra app id (a GUID; the bot's MicrosoftAppId is used if set)"),
  BOT_DOMAIN: z.preprocess(
    blankToUndefined,
    z
      .string({ error: () => 'BOT_DOMAIN is missing: set it to the host name that serves the bot and the tabs (e.g. some-bot.example.no)' })
      .refine((value) => HOSTNAME_PATTERN.test(value), { error: (issue) => describeHostProblem(String(issue.input)) }),
  ),
  APP_VERSION: z.preprocess(
    blankToUndefined,
    z
      .string({ error: () => 'APP_VERSION is missing' })
      .refine((value) => APP_VERSION_PATTERN.test(value), { error: (issue) => describeVersionProblem('APP_VERSION', String(issue.input)) }),
  ),
});

/**
 * Reads TEAMS_APP_ID, MICROSOFT_APP_ID (falling back to the bot's own `MicrosoftAppId`), BOT_DOMAIN and APP_VERSION
 * (default: package.json "version"). Throws PackageError listing every bad or missing variable.
 */
export function parsePackageEnv(env: Env, options: PackageEnvOptions): ParsedPackageEnv {
  const problems: string[] = [];
  const placeholders: string[] = [];

  const explicitBotId = blankToUndefined(env.MICROSOFT_APP_ID);
  const botConfigId = blankToUndefined(env.MicrosoftAppId);
  if (typeof explicitBotId === 'string' && typeof botConfigId === 'string' && explicitBotId.toLowerCase() !== botConfigId.toLowerCase()) {
    problems.push(`MICROSOFT_APP_ID (${explicitBotId}) differs from the bot's MicrosoftAppId (${botConfigId}): the package would point at another bot`);
  }

  const input: Record<string, unknown> = {
    TEAMS_APP_ID: blankToUndefined(env.TEAMS_APP_ID),
    MICROSOFT_APP_ID: explicitBotId ?? botConfigId,
    BOT_DOMAIN: env.BOT_DOMAIN,
    APP_VERSION: blankToUndefined(env.APP_VERSION) ?? options.defaultVersion,
  };
  if (options.local) {
    for (const name of ['TEAMS_APP_ID', 'MICROSOFT_APP_ID'] as const) {
      if (input[name] === undefined) {
        input[name] = PLACEHOLDER_GUID;
        placeholders.push(name);
      }
    }
  }

  const result = packageEnvSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const problem = issue.message;
      problems.push(problem.includes(' is missing') && !options.local && /APP_ID/.test(problem) ? `${problem}, or pass --local to use the placeholder ${PLACEHOLDER_GUID}` : problem);
    }
  }
  if (problems.length > 0 || !result.success) throw new PackageError(problems);
  return { variables: result.data, placeholders };
}
