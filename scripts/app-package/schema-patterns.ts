/**
 * Makes the official schemas' regular expressions compile under AJV 8, which compiles `pattern` and
 * `patternProperties` with the `u` (unicode) flag.
 *
 * Measured (app-manifest 1.1.2): every bundled Teams *localization* schema from v1.8 to v1.30 and devPreview has two
 * patternProperties keys with an unescaped `]`, e.g. `^activities.activityTypes\[\b([0-9]|…|12[0-7])\b]\.description$`.
 * Without the `u` flag (and in .NET, where the schema comes from) a lone `]` is a literal `]`; with it, compiling the
 * schema throws "Lone quantifier brackets", so `AppManifestUtils.validateAgainstSchema` cannot validate any
 * localization file as shipped. Escaping the lone `]` keeps the meaning and lets the schema compile.
 */

/** Escapes every `]` that does not close a character class. Returns the pattern unchanged if it has none. */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
    } else if (ch === '[' && !inClass) {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      out += inClass ? ch : '\\]';
      inClass = false;
    } else {
      out += ch;
    }
  }
  return out;
}

function compilesWithUnicodeFlag(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

function repair(pattern: string, repaired: string[]): string {
  if (compilesWithUnicodeFlag(pattern)) return pattern;
  const fixed = escapeLoneBrackets(pattern);
  if (fixed !== pattern && compilesWithUnicodeFlag(fixed)) repaired.push(pattern);
  return fixed;
}

/**
 * Returns a deep copy of `schema` whose `pattern` values and `patternProperties` keys compile with the `u` flag,
 * and the list of original patterns that needed repair. Patterns that cannot be repaired are left as they are.
 */
export function repairSchemaPatterns<T>(schema: T): { schema: T; repaired: string[] } {
  const repaired: string[] = [];
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (typeof node !== 'object' || node === null) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'patternProperties' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        copy[key] = Object.fromEntries(Object.entries(value).map(([pattern, sub]) => [repair(pattern, repaired), walk(sub)]));
      } else if (key === 'pattern' && typeof value === 'string') {
        copy[key] = repair(value, repaired);
      } else {
        copy[key] = walk(value);
      }
    }
    return copy;
  };
  return { schema: walk(schema) as T, repaired };
}
