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
    /** Deadline of each outgoing Bot Connector call (replies are sent inside Teams' 15 s request), in ms. */
    CONNECTOR_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(14_000).default(10_000)),
    /** Test seam: OpenID metadata URL for channel tokens (a loopback stand-in in tests). Leave empty in production. */
    BOT_OPENID_METADATA_URL: optionalString,
    /** Tabs (issue 5): the Teams app id (deep links into the guideline tab) and the bot's public host name. */
    TEAMS_APP_ID: optionalGuid,
    BOT_DOMAIN: z.preprocess(emptyToUndefined, z.string().trim().regex(/^[a-z0-9.-]+(:\d+)?$/i, 'a host name such as bot.example.no').optional()),
    /** Audience of the tab's SSO tokens; defaults to api://BOT_DOMAIN/MicrosoftAppId. */
    TAB_SSO_AUDIENCE: optionalString,
    /** Test seam: the tenant's signing keys; defaults to https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys. */
    SSO_JWKS_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    /** Microsoft Entra object id of the IT group whose members may see the profile register (token `groups` claim). */
    IT_GROUP_ID: optionalGuid,
    /** Profile registrations (issue 3): the IT channel (Teams channel id, e.g. 19:…@thread.tacv2), its service URL and tenant. */
    IT_CHANNEL_ID: optionalString,
    IT_CHANNEL_SERVICE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    IT_CHANNEL_TENANT_ID: optionalString,
    /** Microsoft Entra object ids (comma-separated) of the IT team members who may act on IT cards. */
    IT_MEMBER_AAD_IDS: z.preprocess(emptyToUndefined, z.string().default('')),
    /** The kommune's e-mail domains (comma-separated): an administrator's address outside them must be confirmed. */
    KOMMUNE_EMAIL_DOMAINS: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z0-9.-]+(\s*,\s*[a-z0-9.-]+)*$/i, 'domain names separated by commas').default('batsfjord.kommune.no')),
    /** Durable outbox for proactive messages: first retry delay, longest delay, poll interval, per-send timeout (ms). */
    OUTBOX_RETRY_BASE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(2000)),
    OUTBOX_RETRY_MAX_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).default(600_000)),
    OUTBOX_POLL_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(5).default(1000)),
    OUTBOX_SEND_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(10).default(15_000)),
    /** Escalation (issue 4): where the nearest leader is looked up: the embedded directory file, or Microsoft Graph. */
    LEADER_DIRECTORY: z.preprocess(emptyToUndefined, z.enum(['file', 'graph']).default('file')),
    /** YAML or JSON file with a top-level `people` list in Graph field names (default: the local client's mock tenant). */
    ORG_DIRECTORY_FILE: z.preprocess(emptyToUndefined, z.string().default('dev/org-directory.yaml')),
    /** Microsoft Graph base URL and (test seam) token endpoint for LEADER_DIRECTORY=graph. */
    GRAPH_BASE_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).default('https://graph.microsoft.com/v1.0')),
    GRAPH_TOKEN_URL: z.preprocess(emptyToUndefined, z.url({ protocol: /^https?$/ }).optional()),
    /** The Teams app's id in the tenant app catalog: install the app through Graph for a leader who lacks it. */
    TEAMS_APP_CATALOG_ID: optionalGuid,
    /** How often pending escalation cases are checked for reminders, in seconds (0 = never, e.g. in tests). */
    ESCALATION_REMINDER_CHECK_SECONDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).default(300)),
    /** How long questions the bot could not answer are kept for the guideline owner, in days (docs/privacy.md). */
    FEEDBACK_RETENTION_DAYS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(3650).default(180)),
    /** The guideline owners who may see the owner tab ("Tilbakemeldinger"): an Entra group and/or object ids (comma-separated). */
    OWNER_GROUP_ID: optionalGuid,
    OWNER_MEMBER_AAD_IDS: z.preprocess(emptyToUndefined, z.string().default('')),
    /** Post a monthly summary of what the bot could not answer to the IT channel (opt-in). */
    FEEDBACK_MONTHLY_SUMMARY: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('false')),
    /** The guideline pack's folder (default: the repo's content/); reloaded while the bot runs (ADR 0091). */
    CONTENT_DIR: optionalString,
    /** Watch CONTENT_DIR and swap in a changed pack once it validates (false: the pack loaded at start stays). */
    CONTENT_WATCH: z.preprocess(emptyToUndefined, z.enum(['true', 'false']).default('true')),
  })
  .superRefine((env, ctx) => {
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType === 'SingleTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant app' });
    }
    if (env.LEADER_DIRECTORY === 'graph' && !(env.MicrosoftAppId && env.MicrosoftAppPassword && env.MicrosoftAppTenantId)) {
      ctx.addIssue({ code: 'custom', path: ['LEADER_DIRECTORY'], message: 'graph needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (app credentials with User.Read.All)' });
    }
    if (env.TEAMS_APP_CATALOG_ID && !(env.MicrosoftAppId && env.MicrosoftAppPassword && env.MicrosoftAppTenantId)) {
      ctx.addIssue({ code: 'custom', path: ['TEAMS_APP_CATALOG_ID'], message: 'needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (app credentials with TeamsAppInstallation.ReadWriteSelfForUser.All)' });
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
  /** Deadline of each outgoing Bot Connector call, in ms. */
  connectorTimeoutMs: number;
  /** Profile registrations: the IT channel from .env (may also be set in Teams) and who may act on IT cards. */
  registration: { itChannel?: { channelId: string; serviceUrl?: string; tenantId?: string }; itMemberAadIds: string[]; kommuneEmailDomains: string[] };
  /** Durable outbox for proactive messages (all workflows). */
  outbox: { retryBaseMs: number; retryMaxMs: number; pollMs: number; sendTimeoutMs: number };
  /** Proactive installation of the Teams app through Graph, for people the bot must reach first (absent: off). */
  appInstall?: { catalogAppId: string; baseUrl: string; tokenUrl?: string; tenantId: string; clientId: string; clientSecret: string };
  /** Tabs: deep links, public URL and the SSO check of the profile register (absent values: see src/tab/tab-settings.ts). */
  tab: { teamsAppId?: string; botDomain?: string; ssoAudience?: string; ssoJwksUrl?: string; itGroupId?: string };
  /** Escalation to the nearest leader: the leader directory and the reminder check interval (0 = off). */
  escalation: {
    directory: { kind: 'file'; file: string } | { kind: 'graph'; baseUrl: string; tokenUrl?: string; tenantId: string; clientId: string; clientSecret: string };
    reminderCheckMs: number;
  };
  /** The guideline owner's loop (issue 12): how long unanswered questions are kept. */
  feedback: {
    retentionDays: number;
    /** Who may see the owner tab: OWNER_GROUP_ID's members and OWNER_MEMBER_AAD_IDS (lower case). */
    owner: { groupId?: string; memberObjectIds: string[] };
    /** FEEDBACK_MONTHLY_SUMMARY: the monthly summary card in the IT channel. */
    monthlySummary: boolean;
  };
  /** The guideline pack: its folder (absent: the repo's content/) and whether changes are reloaded while running. */
  content: { dir?: string; watch: boolean };
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
    connectorTimeoutMs: raw.CONNECTOR_TIMEOUT_MS,
    registration: {
      itChannel: raw.IT_CHANNEL_ID
        ? { channelId: raw.IT_CHANNEL_ID, serviceUrl: raw.IT_CHANNEL_SERVICE_URL, tenantId: raw.IT_CHANNEL_TENANT_ID ?? raw.ALLOWED_TENANT_ID ?? raw.MicrosoftAppTenantId }
        : undefined,
      itMemberAadIds: raw.IT_MEMBER_AAD_IDS.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== ''),
      kommuneEmailDomains: raw.KOMMUNE_EMAIL_DOMAINS.split(',').map((domain) => domain.trim().toLowerCase()).filter((domain) => domain !== ''),
    },
    outbox: { retryBaseMs: raw.OUTBOX_RETRY_BASE_MS, retryMaxMs: raw.OUTBOX_RETRY_MAX_MS, pollMs: raw.OUTBOX_POLL_MS, sendTimeoutMs: raw.OUTBOX_SEND_TIMEOUT_MS },
    appInstall:
      raw.TEAMS_APP_CATALOG_ID && raw.MicrosoftAppId && raw.MicrosoftAppPassword && raw.MicrosoftAppTenantId
        ? { catalogAppId: raw.TEAMS_APP_CATALOG_ID, baseUrl: raw.GRAPH_BASE_URL, tokenUrl: raw.GRAPH_TOKEN_URL, tenantId: raw.MicrosoftAppTenantId, clientId: raw.MicrosoftAppId, clientSecret: raw.MicrosoftAppPassword }
        : undefined,
    tab: {
      teamsAppId: raw.TEAMS_APP_ID,
      botDomain: raw.BOT_DOMAIN,
      ssoAudience: raw.TAB_SSO_AUDIENCE ?? (raw.BOT_DOMAIN && raw.MicrosoftAppId ? `api://${raw.BOT_DOMAIN}/${raw.MicrosoftAppId}` : undefined),
      ssoJwksUrl: raw.SSO_JWKS_URL,
      itGroupId: raw.IT_GROUP_ID?.toLowerCase(),
    },
    escalation: {
      directory:
        raw.LEADER_DIRECTORY === 'graph' && raw.MicrosoftAppId && raw.MicrosoftAppPassword && raw.MicrosoftAppTenantId
          ? { kind: 'graph', baseUrl: raw.GRAPH_BASE_URL, tokenUrl: raw.GRAPH_TOKEN_URL, tenantId: raw.MicrosoftAppTenantId, clientId: raw.MicrosoftAppId, clientSecret: raw.MicrosoftAppPassword }
          : { kind: 'file', file: path.resolve(raw.ORG_DIRECTORY_FILE) },
      reminderCheckMs: raw.ESCALATION_REMINDER_CHECK_SECONDS * 1000,
    },
    feedback: {
      retentionDays: raw.FEEDBACK_RETENTION_DAYS,
      owner: { groupId: raw.OWNER_GROUP_ID?.toLowerCase(), memberObjectIds: raw.OWNER_MEMBER_AAD_IDS.split(',').map((id) => id.trim().toLowerCase()).filter((id) => id !== '') },
      monthlySummary: raw.FEEDBACK_MONTHLY_SUMMARY === 'true',
    },
    content: { dir: raw.CONTENT_DIR ? path.resolve(raw.CONTENT_DIR) : undefined, watch: raw.CONTENT_WATCH === 'true' },
  };
}
