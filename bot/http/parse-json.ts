/**
 * Turns the bytes of a request body into JSON, refusing what should not be parsed: bytes that are not UTF-8,
 * nesting deeper than any activity needs (checked on the text, before parsing), and malformed JSON. Keys that
 * could reach an object's prototype (`__proto__`, `constructor`, `prototype`) are dropped while parsing.
 */

/** Teams activities nest a dozen levels at most (card data inside value inside an activity). */
export const MAX_JSON_DEPTH = 64;

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string };

/** The deepest bracket nesting of a JSON text, counting only brackets outside strings; stops past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
    }
  }
  return deepest;
}

export function parseJson(bytes: Buffer): JsonParse {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not UTF-8' };
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { ok: false, reason: 'nested too deeply' };
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (UNSAFE_KEYS.has(key) ? undefined : value)) as unknown };
  } catch {
    return { ok: false, reason: 'malformed JSON' };
  }
}
