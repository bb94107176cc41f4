/**
 * The words the guidelines speak about: every search term of the pack's in-scope phrasings. A question most of
 * whose content words the guidelines never use ("hvor mye koster en annonse", "when does Hurtigruten leave")
 * is out of scope, however well its one familiar word ("Facebook") matches — the matcher says "not covered"
 * instead of offering a near miss. A term one typing slip away from a known one counts as known.
 */
export class DomainVocabulary {
  private readonly known = new Set<string>();
  /** Each known term with one letter deleted, for one-slip typos (symmetric delete). */
  private readonly slips = new Set<string>();

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      this.known.add(term);
      if (term.length >= 5) for (const variant of deletions(term)) this.slips.add(variant);
    }
  }

  knows(term: string): boolean {
    if (this.known.has(term)) return true;
    if (term.length < 5) return false;
    return this.slips.has(term) || deletions(term).some((variant) => this.known.has(variant) || this.slips.has(variant));
  }

  /** True when at least `minUnknown` of the terms, and at least `share` of them, are words the guidelines never use. */
  isForeign(terms: readonly string[], minUnknown: number, share: number): boolean {
    const unknown = terms.filter((term) => !this.knows(term)).length;
    return unknown >= minUnknown && unknown / terms.length >= share;
  }
}

function deletions(term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length; i += 1) out.push(term.slice(0, i) + term.slice(i + 1));
  return out;
}
