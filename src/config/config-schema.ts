/**
 * The bot's configuration, read from the environment once at boot and validated by a schema.
 * Fail fast: a wrong value stops the process with a message naming the variable. No default secrets.
 */
import path from 'node:path';
import { z } from 'zod';

const emptyToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().trim().optional());
const optionalGuid = z.preprocess(emptyToUndefined, z.guid().optional());

export const configSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    /** Interface to listen on. Local mode (no app id) always listens on 127.0.0.1 only. */
    HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
    STORAGE: z.preprocess(emptyToUndefined, z.enum(['sqlite', 'azure-blobs']).default('sqlite')),
    AZURE_STORAGE_CONNECTION_STRING: optionalString,
    AZURE_STORAGE_CONTAINER: z.preprocess(emptyToUndefined, z.string().default('bot-state')),
    MicrosoftAppId: optionalGuid,
    MicrosoftAppPassword: optionalString,
    MicrosoftAppType: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant')),
    MicrosoftAppTenantId: optionalGuid,
    /** The only Microsoft 365 tenant whose activities are served. Defaults to MicrosoftAppTenantId. */
    ALLOWED_TENANT_ID: optionalGuid,
    /** Largest accepted request body, in bytes. */
    MAX_BODY_BYTES: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1024).default(256 * 1024)),
    /** Test seam: OpenID metadata URL for channel tokens (a loopback stand-in in tests). Leave empty in production. */
    BOT_OPENID_METADATA_URL: optionalString,
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
    if (env.STORAGE === 'azure-blobs' && !env.AZURE_STORAGE_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['AZURE_STORAGE_CONNECTION_STRING'], message: 'is required when STORAGE=azure-blobs' });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  logLevel: RawConfig['LOG_LEVEL'];
  storage: { kind: 'sqlite'; file: string } | { kind: 'azure-blobs'; connectionString: string; container: string };
  /** Absent in local mode: no channel authentication, loopback only. */
  auth?: { appId: string; appPassword?: string; appType: RawConfig['MicrosoftAppType']; tenantId?: string; openIdMetadataUrl?: string };
  allowedTenantId?: string;
  maxBodyBytes: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment into the typed configuration, or throws ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
  }
  const raw = result.data;
  const dataDir = path.resolve(raw.DATA_DIR);
  const localMode = !raw.MicrosoftAppId;
  return {
    port: raw.PORT,
    host: localMode ? '127.0.0.1' : raw.HOST,
    dataDir,
    logLevel: raw.LOG_LEVEL,
    storage:
      raw.STORAGE === 'azure-blobs' && raw.AZURE_STORAGE_CONNECTION_STRING
        ? { kind: 'azure-blobs', connectionString: raw.AZURE_STORAGE_CONNECTION_STRING, container: raw.AZURE_STORAGE_CONTAINER }
        : { kind: 'sqlite', file: path.join(dataDir, 'bot.sqlite') },
    auth: raw.MicrosoftAppId
      ? {
          appId: raw.MicrosoftAppId,
          appPassword: raw.MicrosoftAppPassword,
          appType: raw.MicrosoftAppType,
          tenantId: raw.MicrosoftAppTenantId,
          openIdMetadataUrl: raw.BOT_OPENID_METADATA_URL,
        }
      : undefined,
    allowedTenantId: raw.ALLOWED_TENANT_ID ?? raw.MicrosoftAppTenantId,
    maxBodyBytes: raw.MAX_BODY_BYTES,
  };
}
