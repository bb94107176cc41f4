/**
 * One page of a long list for a card: Teams refuses activities over 28 KB, so list cards show a page at a time
 * and offer "Vis flere" / "Show more" while more remain. Callers pass the items already sorted (newest first).
 */

export interface ListPage<T> {
  /** The items on this page. */
  items: T[];
  /** 0-based page number, clamped to the pages that exist. */
  page: number;
  /** Number of pages (at least 1, also for an empty list). */
  pages: number;
  /** Number of items in the whole list. */
  total: number;
  /** 1-based position of the first item on this page (0 when the list is empty). */
  from: number;
  /** 1-based position of the last item on this page (0 when the list is empty). */
  to: number;
  /** True when a later page exists. */
  hasMore: boolean;
}

export const DEFAULT_PAGE_SIZE = 10;

/** The page `page` (0-based; negative, fractional, NaN or too large values are clamped) of `size` items. */
export function pageOf<T>(items: readonly T[], page: number, size = DEFAULT_PAGE_SIZE): ListPage<T> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = items.length;
  const pages = Math.max(1, Math.ceil(total / size));
  const wanted = Number.isFinite(page) ? Math.floor(page) : page === Infinity ? pages - 1 : 0;
  const clamped = Math.min(Math.max(wanted, 0), pages - 1);
  const start = clamped * size;
  const slice = items.slice(start, start + size);
  return {
    items: slice,
    page: clamped,
    pages,
    total,
    from: slice.length > 0 ? start + 1 : 0,
    to: start + slice.length,
    hasMore: clamped < pages - 1,
  };
}

/** Newest first by an ISO timestamp; a stable copy (the input is left as it is). */
export function newestFirst<T>(items: readonly T[], createdAt: (item: T) => string): T[] {
  return [...items].sort((a, b) => Date.parse(createdAt(b)) - Date.parse(createdAt(a)));
}

/**
 * One line of list text, at most `max` characters (code points, so no emoji is cut in half): whitespace runs
 * and control characters become one space, lone surrogates U+FFFD, and a cut text ends with "…".
 */
export function shorten(text: string, max: number): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here
    .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
    // A lone surrogate cannot be shown, and JSON escapes it as 6 bytes: it becomes U+FFFD.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max).join('').trimEnd()}…`;
}
