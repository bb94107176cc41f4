/**
 * Builds the Teams app package: dist/teams-app-package.zip (manifest.json, en-us.json, color.png, outline.png).
 *
 *   npm run package                 uses TEAMS_APP_ID, MICROSOFT_APP_ID (or MicrosoftAppId), BOT_DOMAIN, APP_VERSION
 *   npm run package -- --local      missing app ids become 00000000-0000-0000-0000-000000000000 (local testing only)
 *   npm run package -- --out FILE   writes the zip elsewhere
 *
 * Variables come from the environment, after loading `.env` from the current directory if it exists. APP_VERSION
 * defaults to package.json "version". Exit code 1 with a list of every problem when anything is missing or invalid.
 */
import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { assembleAppPackage, readPackageSources } from './app-package/assemble';
import { parsePackageEnv, PLACEHOLDER_GUID } from './app-package/package-env';
import { PackageError } from './app-package/package-error';

const REPO_ROOT = path.resolve(__dirname, '..');
const DEFAULT_OUT = path.join(REPO_ROOT, 'dist', 'teams-app-package.zip');

interface Args {
  local: boolean;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { local: false, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--local') args.local = true;
    else if (arg === '--out' && argv[i + 1]) args.out = path.resolve(argv[++i] ?? '');
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run package [-- --local] [-- --out <file.zip>]');
      process.exit(0);
    } else throw new PackageError([`unknown argument ${JSON.stringify(arg)} (expected --local or --out <file.zip>)`]);
  }
  return args;
}

function packageVersion(): string {
  const pkg: unknown = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '';
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const envFile = path.resolve('.env');
  if (fs.existsSync(envFile)) dotenv.config({ path: envFile, quiet: true });

  const { variables, placeholders } = parsePackageEnv(process.env, { local: args.local, defaultVersion: packageVersion() });
  if (placeholders.length > 0) {
    console.warn(`warning: ${placeholders.join(' and ')} set to the placeholder ${PLACEHOLDER_GUID} (--local): for local testing only, do not upload this package to Teams`);
  }

  const appPackage = await assembleAppPackage(readPackageSources(), variables);
  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.writeFileSync(args.out, appPackage.zip);
  console.log(`Teams app package ${variables.APP_VERSION} for ${variables.BOT_DOMAIN}: ${appPackage.files.map((f) => f.name).join(', ')}`);
  console.log(args.out);
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageError ? error.message : error);
  process.exit(1);
});
