/**
 * Fills `${{NAME}}` placeholders (the Teams Toolkit / Agents Toolkit convention) in a JSON template.
 * Every placeholder must have a value, and nothing that looks like `${{` may be left in the result.
 */
import { PackageError } from './package-error';

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The distinct placeholder names in a template, in order of first appearance. */
export function listPlaceholders(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? ''))];
}

/** Line and column (1-based) of an offset, for error messages. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Replaces every `${{NAME}}` with `values[NAME]`, escaped for use inside a JSON string literal.
 * `fileName` only labels the error messages. Throws PackageError naming each placeholder without a value and each
 * `${{` left over (e.g. a misspelt placeholder such as `${{BOT_DOMAIN}` or `${{ 1X }}`).
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | undefined>>, fileName = 'template'): string {
  const missing = new Set<string>();
  const filled = template.replace(PLACEHOLDER, (whole: string, name: string) => {
    const value = values[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1);
  });

  const problems = [...missing].map((name) => `${fileName}: placeholder \${{${name}}} has no value (set ${name})`);
  for (const leftover of filled.matchAll(/\$\{\{/g)) {
    const snippet = filled.slice(leftover.index, leftover.index + 40).split('\n')[0];
    const name = /^\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/.exec(snippet ?? '')?.[1];
    if (name && missing.has(name)) continue;
    problems.push(`${fileName}: unfilled placeholder at ${position(filled, leftover.index)}: ${JSON.stringify(snippet)}`);
  }
  if (problems.length > 0) throw new PackageError(problems);
  return filled;
}
