/** Shared fixtures for the app package tests. */
import fs from 'node:fs';
import path from 'node:path';
import { fillTemplate } from '../../scripts/app-package/fill-template';
import type { PackageVariables } from '../../scripts/app-package/package-env';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
// Not imported from assemble.ts, so suites that do not validate stay free of @microsoft/app-manifest.
const MANIFEST_DIR = path.join(REPO_ROOT, 'manifest');
const TEMPLATE_FILE = 'manifest.template.json';

export const TEST_VARIABLES: PackageVariables = {
  TEAMS_APP_ID: '3f1c2a9e-6b7d-4e8f-9a0b-1c2d3e4f5a6b',
  MICROSOFT_APP_ID: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  BOT_DOMAIN: 'some-bot.example.no',
  APP_VERSION: '1.4.2',
};

export function readTemplate(): string {
  return fs.readFileSync(path.join(MANIFEST_DIR, TEMPLATE_FILE), 'utf8');
}

export function readManifestFile(name: string): Buffer {
  return fs.readFileSync(path.join(MANIFEST_DIR, name));
}

/** The template filled with TEST_VARIABLES, parsed. A fresh object on every call, so tests may mutate it. */
export function filledManifest(variables: PackageVariables = TEST_VARIABLES): Record<string, unknown> {
  return JSON.parse(fillTemplate(readTemplate(), { ...variables })) as Record<string, unknown>;
}

export function localization(): Record<string, unknown> {
  return JSON.parse(readManifestFile('en-us.json').toString('utf8')) as Record<string, unknown>;
}
