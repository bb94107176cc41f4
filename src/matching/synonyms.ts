/**
 * The matcher's thesaurus (content/synonyms.yaml): groups of words and phrases that mean the same across
 * Bokmål, Nynorsk and English. Phrases are rewritten to the group's first word before tokenising; single
 * words are matched by stem, so inflected forms ("bildene", "pictures") need not be listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '../guidelines/load-pack';
import { foldLetters, stemsOf } from './text-normalizer';

const fileSchema = z.object({ groups: z.array(z.array(z.string().min(1)).min(2)) }).strict();

export class Synonyms {
  private readonly phrases: { pattern: RegExp; canonical: string }[] = [];
  private readonly stemToCanonical = new Map<string, string>();

  constructor(groups: readonly (readonly string[])[]) {
    const phraseList: { folded: string; canonical: string }[] = [];
    for (const group of groups) {
      const canonical = foldLetters(group[0] ?? '');
      const canonicalStem = stemsOf(canonical.replace(/[\s-]+/g, ''))[0] ?? canonical;
      for (const entry of group) {
        const folded = foldLetters(entry).trim();
        if (/[\s-]/.test(folded)) phraseList.push({ folded, canonical: canonical.replace(/[\s-]+/g, '') });
        else for (const stem of stemsOf(folded)) if (!this.stemToCanonical.has(stem)) this.stemToCanonical.set(stem, canonicalStem);
      }
    }
    // Longest phrases first, so "e-post adresse" wins over "e-post".
    phraseList.sort((a, b) => b.folded.length - a.folded.length);
    for (const { folded, canonical } of phraseList) {
      const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
      this.phrases.push({ pattern: new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, 'g'), canonical });
    }
  }

  static load(dir: string = contentDir()): Synonyms {
    const file = path.join(dir, 'synonyms.yaml');
    const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return new Synonyms(parsed.data.groups);
  }

  static none(): Synonyms {
    return new Synonyms([]);
  }

  /** Folded text with every known phrase replaced by its group's word. */
  rewritePhrases(foldedText: string): string {
    return this.phrases.reduce((text, { pattern, canonical }) => text.replace(pattern, canonical), foldedText);
  }

  /** The group's stem for a stem that belongs to a group; the stem itself otherwise. */
  canonical(stem: string): string {
    return this.stemToCanonical.get(stem) ?? stem;
  }
}
