import path from 'node:path';
import { ConfigError, parseConfig } from '../../src/config/config-schema';

describe('configuration', () => {
  it('runs in local mode on embedded defaults: loopback only, SQLite under ./data, no auth', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3978);
    expect(config.host).toBe('127.0.0.1');
    expect(config.auth).toBeUndefined();
    expect(config.storage).toMatchObject({ kind: 'sqlite' });
    expect(config.storage.kind === 'sqlite' && config.storage.file).toMatch(/data[/\\]bot\.sqlite$/);
  });

  it('with an app id, requires the secret and (single tenant) the tenant id, naming each variable', () => {
    expect(() => parseConfig({ MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f' })).toThrow(ConfigError);
    try {
      parseConfig({ MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f' });
    } catch (error) {
      expect((error as ConfigError).problems.join('\n')).toMatch(/MicrosoftAppPassword[\s\S]*MicrosoftAppTenantId/);
    }
  });

  it('listens on HOST and restricts to the app tenant when fully configured', () => {
    const config = parseConfig({
      MicrosoftAppId: '3f0a8a3e-5a1b-4c9d-9e2f-7a6b5c4d3e2f',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: '6f1c3a52-7f0e-4a43-9d53-0b1d2b7c9e11',
      PORT: '8080',
    });
    expect(config.host).toBe('0.0.0.0');
    expect(config.port).toBe(8080);
    expect(config.allowedTenantId).toBe('6f1c3a52-7f0e-4a43-9d53-0b1d2b7c9e11');
  });

  it('rejects a bad port, a bad log level and a non-GUID app id', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => parseConfig({ MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId/);
    expect(() => parseConfig({ STORAGE: 'azure-blobs' })).toThrow(/AZURE_STORAGE_CONNECTION_STRING/);
  });

  it("reads the kommune's e-mail domains (default batsfjord.kommune.no) and refuses anything else", () => {
    expect(parseConfig({}).registration.kommuneEmailDomains).toEqual(['batsfjord.kommune.no']);
    expect(parseConfig({ KOMMUNE_EMAIL_DOMAINS: 'Batsfjord.kommune.no, skole.batsfjord.no' }).registration.kommuneEmailDomains).toEqual(['batsfjord.kommune.no', 'skole.batsfjord.no']);
    expect(() => parseConfig({ KOMMUNE_EMAIL_DOMAINS: 'not a domain' })).toThrow(/KOMMUNE_EMAIL_DOMAINS/);
  });

  it('reads the content folder (default: the repo\'s content/, found at start) and whether it is watched (default yes)', () => {
    expect(parseConfig({}).content).toEqual({ dir: undefined, watch: true });
    expect(parseConfig({ CONTENT_DIR: 'some/where', CONTENT_WATCH: 'false' }).content).toEqual({ dir: path.resolve('some/where'), watch: false });
    expect(() => parseConfig({ CONTENT_WATCH: 'nope' })).toThrow(/CONTENT_WATCH/);
  });
});
