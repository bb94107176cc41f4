import fs from 'node:fs';
import path from 'node:path';
import { parsePackageEnv, PLACEHOLDER_GUID } from '../../scripts/app-package/package-env';
import { PackageError } from '../../scripts/app-package/package-error';
import { REPO_ROOT, TEST_VARIABLES } from './helpers';

const options = { local: false, defaultVersion: '0.1.0' };

function problemsOf(env: Record<string, string | undefined>, opts = options): string[] {
  try {
    parsePackageEnv(env, opts);
  } catch (error) {
    if (error instanceof PackageError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a PackageError');
}

describe('parsePackageEnv', () => {
  it('accepts valid variables', () => {
    expect(parsePackageEnv({ ...TEST_VARIABLES }, options)).toEqual({ variables: TEST_VARIABLES, placeholders: [] });
  });

  it('names each missing variable', () => {
    const problems = problemsOf({ APP_VERSION: '1.0.0' });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^TEAMS_APP_ID is missing/);
    expect(problems[1]).toMatch(/^MICROSOFT_APP_ID is missing/);
    expect(problems[2]).toMatch(/^BOT_DOMAIN is missing/);
    expect(problems[0]).toContain('--local');
  });

  it('treats blank values as missing', () => {
    expect(problemsOf({ ...TEST_VARIABLES, TEAMS_APP_ID: '   ' })).toEqual([expect.stringMatching(/^TEAMS_APP_ID is missing/)]);
  });

  it('requires GUIDs for the app ids and shows the bad value', () => {
    expect(problemsOf({ ...TEST_VARIABLES, TEAMS_APP_ID: 'my-app', MICROSOFT_APP_ID: '7a8b9c0d1e2f4a3b8c4d5e6f7a8b9c0d' })).toEqual([
      'TEAMS_APP_ID must be a GUID like 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d, got "my-app"',
      'MICROSOFT_APP_ID must be a GUID like 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d, got "7a8b9c0d1e2f4a3b8c4d5e6f7a8b9c0d"',
    ]);
  });

  it.each([
    ['https://some-bot.example.no', 'without scheme'],
    ['some-bot.example.no/api', 'without path'],
    ['some-bot.example.no:3978', 'without port'],
    ['some_bot.example.no', 'must be a host name'],
    ['-bot.example.no', 'must be a host name'],
  ])('rejects BOT_DOMAIN %s', (domain, words) => {
    const problems = problemsOf({ ...TEST_VARIABLES, BOT_DOMAIN: domain });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('BOT_DOMAIN');
    expect(problems[0]).toContain(words);
    expect(problems[0]).toContain(JSON.stringify(domain));
  });

  it.each(['localhost', 'some-bot.example.no', 'abc123.ngrok-free.app'])('accepts BOT_DOMAIN %s', (domain) => {
    expect(parsePackageEnv({ ...TEST_VARIABLES, BOT_DOMAIN: domain }, options).variables.BOT_DOMAIN).toBe(domain);
  });

  it.each(['1.0', '1.0.0-beta', '1.0.0+build.5', '01.2.3', 'v1.2.3', '1.2.3.4', ''])('rejects APP_VERSION %j as not MAJOR.MINOR.PATCH (or uses the default when blank)', (version) => {
    if (version === '') {
      expect(parsePackageEnv({ ...TEST_VARIABLES, APP_VERSION: version }, options).variables.APP_VERSION).toBe('0.1.0');
      return;
    }
    expect(problemsOf({ ...TEST_VARIABLES, APP_VERSION: version })).toEqual([expect.stringMatching(/^APP_VERSION must be MAJOR\.MINOR\.PATCH/)]);
  });

  it.each(['0.1.0', '1.0.0', '10.20.300'])('accepts APP_VERSION %s', (version) => {
    expect(parsePackageEnv({ ...TEST_VARIABLES, APP_VERSION: version }, options).variables.APP_VERSION).toBe(version);
  });

  it('defaults APP_VERSION to the given default, and the repo version is itself valid', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const env = { ...TEST_VARIABLES, APP_VERSION: undefined };
    expect(parsePackageEnv(env, { local: false, defaultVersion: pkg.version }).variables.APP_VERSION).toBe(pkg.version);
  });

  it('uses the placeholder GUID for missing app ids only with --local, and says so', () => {
    const env = { BOT_DOMAIN: 'localhost' };
    expect(problemsOf(env)).toHaveLength(2);
    const parsed = parsePackageEnv(env, { local: true, defaultVersion: '0.1.0' });
    expect(parsed.variables.TEAMS_APP_ID).toBe(PLACEHOLDER_GUID);
    expect(parsed.variables.MICROSOFT_APP_ID).toBe(PLACEHOLDER_GUID);
    expect(parsed.placeholders).toEqual(['TEAMS_APP_ID', 'MICROSOFT_APP_ID']);
  });

  it('--local does not override ids that are set, nor excuse invalid ones', () => {
    const parsed = parsePackageEnv({ ...TEST_VARIABLES }, { local: true, defaultVersion: '0.1.0' });
    expect(parsed).toEqual({ variables: TEST_VARIABLES, placeholders: [] });
    expect(problemsOf({ ...TEST_VARIABLES, MICROSOFT_APP_ID: 'nope' }, { local: true, defaultVersion: '0.1.0' })).toHaveLength(1);
  });

  it("falls back to the bot's MicrosoftAppId, and refuses two different bot ids", () => {
    const { MICROSOFT_APP_ID, ...rest } = TEST_VARIABLES;
    expect(parsePackageEnv({ ...rest, MicrosoftAppId: MICROSOFT_APP_ID }, options).variables.MICROSOFT_APP_ID).toBe(MICROSOFT_APP_ID);
    const problems = problemsOf({ ...TEST_VARIABLES, MicrosoftAppId: '11111111-2222-4333-8444-555555555555' });
    expect(problems).toEqual([expect.stringMatching(/^MICROSOFT_APP_ID \(7a8b9c0d-.*\) differs from the bot's MicrosoftAppId/)]);
  });
});
