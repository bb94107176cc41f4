/**
 * The one place where card templates are expanded: a JSON template from cards/templates plus a typed
 * data object gives the final Adaptive Card JSON. Each template is expanded exactly once, and templates are
 * never built from user text (adaptivecards-templating would evaluate `${…}` in it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';

export type CardTemplateName = 'welcome' | 'question' | 'answer' | 'suggestions' | 'no-match' | 'help' | 'doubt' | 'closed' | `escalation-${string}` | `registration-${string}` | 'owner-summary';

/** An Adaptive Card as JSON, ready to be wrapped as an attachment by the bot edge. */
export interface AdaptiveCardJson {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  [property: string]: unknown;
}

const templates = new Map<CardTemplateName, ACData.Template>();

function templatesDir(): string {
  // Works from cards/ (ts-jest, tsx) and from dist/cards/ (compiled): the JSON stays in the source tree.
  const candidates = [path.join(__dirname, 'templates'), path.join(__dirname, '..', '..', 'cards', 'templates')];
  for (const dir of candidates) {
    try {
      readFileSync(path.join(dir, 'answer.json'));
      return dir;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(`Card templates not found (looked in ${candidates.join(', ')})`);
}

function template(name: CardTemplateName): ACData.Template {
  let cached = templates.get(name);
  if (!cached) {
    const json: unknown = JSON.parse(readFileSync(path.join(templatesDir(), `${name}.json`), 'utf8'));
    cached = new ACData.Template(json);
    templates.set(name, cached);
  }
  return cached;
}

export function renderCard<Data extends object>(name: CardTemplateName, data: Data): AdaptiveCardJson {
  const expanded: unknown = template(name).expand({ $root: data });
  if (!isCardJson(expanded)) throw new Error(`Template ${name} did not expand to an Adaptive Card`);
  return expanded;
}

function isCardJson(value: unknown): value is AdaptiveCardJson {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'AdaptiveCard' && Array.isArray((value as { body?: unknown }).body);
}
