/**
 * App-only access tokens for Microsoft Graph (OAuth 2.0 client credentials), cached until shortly before
 * they expire. The token endpoint is configurable for the loopback stand-in used in tests.
 */
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';

const tokenResponse = z.object({ access_token: z.string().min(1), expires_in: z.coerce.number() });

export interface AppCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** Defaults to https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token */
  tokenUrl?: string;
  scope?: string;
  /** Deadline of the token request (default 10 s). */
  timeoutMs?: number;
}

export function appTokenProvider(credentials: AppCredentials, now: () => Date = () => new Date()): AuthenticationProvider {
  let cached: { token: string; until: number } | undefined;
  return {
    async getAccessToken(): Promise<string> {
      if (cached && cached.until > now().getTime()) return cached.token;
      const url = credentials.tokenUrl ?? `https://login.microsoftonline.com/${encodeURIComponent(credentials.tenantId)}/oauth2/v2.0/token`;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        signal: AbortSignal.timeout(credentials.timeoutMs ?? 10_000),
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
          scope: credentials.scope ?? 'https://graph.microsoft.com/.default',
        }),
      });
      if (!response.ok) throw new Error(`Graph token request failed with ${response.status}`);
      const parsed = tokenResponse.parse(await response.json());
      cached = { token: parsed.access_token, until: now().getTime() + Math.max(0, parsed.expires_in - 120) * 1000 };
      return cached.token;
    },
  };
}
