/**
 * Chooses the leader directory from the configuration: the embedded file (default) or Microsoft Graph.
 */
import type { AppConfig } from '../../src/config/config-schema';
import { FileDirectory } from '../../src/directory/file-directory';
import { appTokenProvider } from '../../src/directory/graph-app-token';
import { GraphDirectory } from '../../src/directory/graph-directory';
import type { LeaderDirectory } from '../../src/directory/leader-directory';

export function createDirectory(config: AppConfig['escalation']['directory']): LeaderDirectory {
  if (config.kind === 'file') return FileDirectory.load(config.file);
  return new GraphDirectory({
    baseUrl: config.baseUrl,
    authProvider: appTokenProvider({ tenantId: config.tenantId, clientId: config.clientId, clientSecret: config.clientSecret, tokenUrl: config.tokenUrl }),
  });
}
