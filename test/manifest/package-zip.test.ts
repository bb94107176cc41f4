import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { assembleAppPackage, readPackageSources } from '../../scripts/app-package/assemble';
import type { PackageSources } from '../../scripts/app-package/assemble';
import { fillTemplate } from '../../scripts/app-package/fill-template';
import { PackageError } from '../../scripts/app-package/package-error';
import { readManifestFile, readTemplate, REPO_ROOT, TEST_VARIABLES } from './helpers';

const EXPECTED_FILES = ['color.png', 'en-us.json', 'manifest.json', 'outline.png'];

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PackageError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a PackageError');
}

function withFile(sources: PackageSources, name: string, data: Buffer | undefined): PackageSources {
  const files = new Map(sources.files);
  if (data === undefined) files.delete(name);
  else files.set(name, data);
  return { ...sources, files };
}

describe('the app package zip', () => {
  let zip: JSZip;
  let zipBytes: Buffer;

  beforeAll(async () => {
    zipBytes = (await assembleAppPackage(readPackageSources(), TEST_VARIABLES)).zip;
    zip = await JSZip.loadAsync(zipBytes);
  });

  it('contains exactly manifest.json, en-us.json, color.png and outline.png, at the root', () => {
    expect(Object.keys(zip.files).sort()).toEqual(EXPECTED_FILES);
    expect(Object.values(zip.files).some((f) => f.dir)).toBe(false);
  });

  it('holds the filled template as manifest.json', async () => {
    const manifestJson = await zip.file('manifest.json')?.async('string');
    expect(manifestJson).toBe(fillTemplate(readTemplate(), { ...TEST_VARIABLES }));
    expect(JSON.parse(manifestJson ?? '')).toEqual(JSON.parse(fillTemplate(readTemplate(), { ...TEST_VARIABLES })));
  });

  it('has no placeholder left in any file', async () => {
    for (const name of ['manifest.json', 'en-us.json']) expect(await zip.file(name)?.async('string')).not.toContain('${{');
  });

  it('holds the icons and the localization file unchanged', async () => {
    for (const name of ['color.png', 'outline.png', 'en-us.json']) {
      const data = await zip.file(name)?.async('nodebuffer');
      expect(data && Buffer.compare(data, readManifestFile(name))).toBe(0);
    }
  });

  it('is reproducible: the same inputs give the same bytes', async () => {
    const again = (await assembleAppPackage(readPackageSources(), TEST_VARIABLES)).zip;
    expect(Buffer.compare(again, zipBytes)).toBe(0);
  });
});

describe('assembleAppPackage refuses a broken package', () => {
  it('with a wrong-size colour icon and a missing localization file, naming both', async () => {
    const small = new PNG({ width: 96, height: 96 });
    small.data.fill(255);
    let sources = withFile(readPackageSources(), 'color.png', PNG.sync.write(small));
    sources = withFile(sources, 'en-us.json', undefined);
    expect(await problemsOf(assembleAppPackage(sources, TEST_VARIABLES))).toEqual([
      'manifest.json: localization file "en-us.json" is not in manifest/',
      'color.png: must be 192×192 pixels, is 96×96',
    ]);
  });

  it('with a schema error in the template', async () => {
    const sources = { ...readPackageSources(), template: readTemplate().replace('"accentColor": "#0B4A6F"', '"accentColor": "${{APP_VERSION}}"') };
    expect(await problemsOf(assembleAppPackage(sources, TEST_VARIABLES))).toEqual(['manifest.json: accentColor: must be a colour like #0B4A6F']);
  });

  it('with a placeholder the environment does not provide', async () => {
    const sources = { ...readPackageSources(), template: readTemplate().replace('"Båtsfjord kommune"', '"${{DEVELOPER_NAME}}"') };
    expect(await problemsOf(assembleAppPackage(sources, TEST_VARIABLES))).toEqual(['manifest.template.json: placeholder ${{DEVELOPER_NAME}} has no value (set DEVELOPER_NAME)']);
  });
});

describe('npm run package (scripts/package-app.ts)', () => {
  const tsxCli = path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const script = path.join(REPO_ROOT, 'scripts', 'package-app.ts');
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function run(env: Record<string, string>, args: string[] = []) {
    // cwd is an empty temp dir, so a developer's .env in the repo cannot leak into the test.
    return spawnSync(process.execPath, [tsxCli, script, '--out', path.join(dir, 'out', 'pkg.zip'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('writes the zip and prints its path', async () => {
    const result = run({ ...TEST_VARIABLES });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = path.join(dir, 'out', 'pkg.zip');
    expect(result.stdout.trim().split('\n').at(-1)).toBe(out);
    expect(Object.keys((await JSZip.loadAsync(fs.readFileSync(out))).files).sort()).toEqual(EXPECTED_FILES);
  });

  it('loads .env from the current directory', () => {
    fs.writeFileSync(path.join(dir, '.env'), Object.entries(TEST_VARIABLES).map(([k, v]) => `${k}=${v}`).join('\n'));
    expect(run({}).status).toBe(0);
  });

  it('fails with exit code 1 naming the missing and invalid variables, and writes nothing', () => {
    const result = run({ TEAMS_APP_ID: TEST_VARIABLES.TEAMS_APP_ID, BOT_DOMAIN: 'https://some-bot.example.no' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('MICROSOFT_APP_ID is missing');
    expect(result.stderr).toContain('BOT_DOMAIN must be a host name without scheme');
    expect(fs.existsSync(path.join(dir, 'out', 'pkg.zip'))).toBe(false);
  });

  it('--local fills the missing ids with the placeholder GUID and warns', async () => {
    const result = run({ BOT_DOMAIN: 'localhost' }, ['--local']);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('placeholder 00000000-0000-0000-0000-000000000000');
    const manifest = JSON.parse((await (await JSZip.loadAsync(fs.readFileSync(path.join(dir, 'out', 'pkg.zip')))).file('manifest.json')?.async('string')) ?? '') as { id: string; version: string };
    expect(manifest.id).toBe('00000000-0000-0000-0000-000000000000');
    expect(manifest.version).toBe((JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
