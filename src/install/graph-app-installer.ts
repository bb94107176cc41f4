/**
 * Installs the bot's Teams app for a person through Microsoft Graph, so that the bot can open a 1:1 chat with
 * someone who never installed it (the leader a case goes to): `POST /users/{id}/teamwork/installedApps` with the
 * app's id in the tenant app catalog, application permission `TeamsAppInstallation.ReadWriteSelfForUser.All`.
 * 201 = installed now; 409 = it already was; 403/404 = refused (no consent, an app policy, an unknown user or app);
 * anything else (throttling, Graph down, a timeout) = unavailable, to be tried again later.
 */
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';

export type InstallOutcome = 'installed' | 'already-installed' | 'refused' | 'unavailable';

/** The port the proactive sender uses; absent when no catalog app id is configured. */
export interface AppInstaller {
  installFor(aadObjectId: string): Promise<InstallOutcome>;
}

export interface GraphAppInstallerOptions {
  /** e.g. https://graph.microsoft.com/v1.0 (a loopback stand-in in tests). */
  baseUrl: string;
  authProvider: AuthenticationProvider;
  /** The app's id in the tenant's app catalog (TEAMS_APP_CATALOG_ID), not the manifest id. */
  catalogAppId: string;
  /** Deadline of one install request (default 10 s). */
  timeoutMs?: number;
}

export class GraphAppInstaller implements AppInstaller {
  constructor(private readonly options: GraphAppInstallerOptions) {}

  async installFor(aadObjectId: string): Promise<InstallOutcome> {
    const base = this.options.baseUrl.replace(/\/+$/, '');
    try {
      const token = await this.options.authProvider.getAccessToken();
      const response = await fetch(`${base}/users/${encodeURIComponent(aadObjectId)}/teamwork/installedApps`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ 'teamsApp@odata.bind': `${base}/appCatalogs/teamsApps/${encodeURIComponent(this.options.catalogAppId)}` }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (response.status === 201 || response.status === 200 || response.status === 204) return 'installed';
      if (response.status === 409) return 'already-installed';
      if (response.status === 403 || response.status === 404 || response.status === 400) return 'refused';
      return 'unavailable';
    } catch {
      return 'unavailable';
    }
  }
}
