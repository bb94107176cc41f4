/**
 * The tabs' settings from the app configuration: where the bot is reachable, the deep-link target and the SSO
 * check (tenant, accepted audiences, key set). SSO is configured only when both tenant and audience are known.
 */
import type { AppConfig } from '../config/config-schema';
import type { SsoSettings } from './sso-verifier';

export function ssoSettingsOf(config: AppConfig, now?: () => Date): SsoSettings | undefined {
  const tenantId = config.allowedTenantId;
  const audience = config.tab.ssoAudience;
  if (!tenantId || !audience) return undefined;
  // v1 tokens carry the app id URI as `aud`, v2 tokens the app (client) id.
  const audiences = [audience, ...(config.auth?.appId ? [config.auth.appId] : [])];
  return { tenantId, audiences, jwksUrl: config.tab.ssoJwksUrl, now };
}

/** https://<BOT_DOMAIN> when the public host name is configured, else the server's own address. */
export function publicBaseUrl(config: AppConfig, serverUrl: string): string {
  return config.tab.botDomain ? `https://${config.tab.botDomain}` : serverUrl;
}
