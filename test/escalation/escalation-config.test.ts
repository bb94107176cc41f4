import path from 'node:path';
import { ConfigError, parseConfig } from '../../src/config/config-schema';

describe('escalation configuration', () => {
  it('defaults to the embedded directory file and a 5-minute reminder check', () => {
    const config = parseConfig({});
    expect(config.escalation).toEqual({ directory: { kind: 'file', file: path.resolve('dev/org-directory.yaml') }, reminderCheckMs: 300_000 });
  });

  it('uses Microsoft Graph with the app credentials, and refuses graph without them', () => {
    const app = { MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000002' };
    expect(parseConfig({ ...app, LEADER_DIRECTORY: 'graph' }).escalation.directory).toEqual({
      kind: 'graph',
      baseUrl: 'https://graph.microsoft.com/v1.0',
      tokenUrl: undefined,
      tenantId: app.MicrosoftAppTenantId,
      clientId: app.MicrosoftAppId,
      clientSecret: 'secret',
    });
    expect(() => parseConfig({ LEADER_DIRECTORY: 'graph' })).toThrow(ConfigError);
    expect(() => parseConfig({ LEADER_DIRECTORY: 'ldap' })).toThrow(/LEADER_DIRECTORY/);
  });
});
