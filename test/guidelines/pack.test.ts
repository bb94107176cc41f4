/**
 * The real guideline pack in content/: it loads, validates against RULES.md, covers every rule, and its decision
 * tree and helpers behave as the bot expects.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  citation,
  contentDir,
  findContentDir,
  loadGuidelinePack,
  parentsOf,
  rulesOf,
  sectionOf,
  sectionsOfNode,
} from '../../src/guidelines/load-pack';
import type { AnswerNode, TreeNode } from '../../src/guidelines/pack-schema';
import { parseRuleIdsFromRulesMd, validatePack } from '../../src/guidelines/validate-pack';

/** The rule ids of RULES.md, as adopted 2023 (kept here so the test also runs without ../shared). */
const RULE_IDS = [
  'R1.1', 'R1.2', 'R1.3', 'R2.1', 'R2.2', 'R2.3', 'R3.1', 'R3.2', 'R3.3', 'R4.1.1', 'R4.1.2', 'R4.1.3', 'R4.2.1',
  'R4.3.1', 'R4.3.2', 'R4.3.3', 'R4.3.4', 'R4.3.5', 'R4.4.1', 'R4.4.2', 'R4.4.3', 'R4.4.4', 'R4.4.5', 'R4.4.6',
  'R4.4.7', 'R4.4.8', 'R5.0.1', 'R5.0.2', 'R5.0.3', 'R5.0.4', 'R5.1.1', 'R5.1.2', 'R5.2.1', 'R5.2.2', 'R5.2.3',
  'R5.2.4', 'R5.2.5', 'R5.2.6', 'R5.2.7', 'R5.2.8', 'R5.2.9', 'R5.2.10', 'M.1',
];
const repoRoot = path.resolve(__dirname, '../..');
const rulesMdPath = path.resolve(repoRoot, '../shared/guidelines/RULES.md');

const pack = loadGuidelinePack();
const answers = pack.tree.nodes.filter((node): node is AnswerNode => node.kind === 'answer');
const node = (id: string): TreeNode => {
  const found = pack.nodes.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe('the real guideline pack', () => {
  it('is found from src/ and from dist/src/ alike', () => {
    expect(findContentDir()).toBe(path.join(repoRoot, 'content'));
    expect(findContentDir(path.join(repoRoot, 'dist/src/guidelines'))).toBe(path.join(repoRoot, 'content'));
    expect(contentDir()).toBe(path.join(repoRoot, 'content'));
  });

  it('validates with zero problems against the rule ids of RULES.md', () => {
    expect(validatePack(pack, RULE_IDS)).toEqual([]);
    expect([...pack.rules.keys()]).toEqual(RULE_IDS);
  });

  (existsSync(rulesMdPath) ? it : it.skip)('RULES.md lists exactly these rule ids', () => {
    expect(parseRuleIdsFromRulesMd(readFileSync(rulesMdPath, 'utf8'))).toEqual(RULE_IDS);
  });

  it('cites every rule id from at least one answer node', () => {
    const cited = new Set(answers.flatMap((answer) => answer.rules));
    expect(RULE_IDS.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('reaches every answer node by walking the options from the root', () => {
    const reached = new Set<string>();
    const walk = (id: string, depth: number): void => {
      const current = node(id);
      reached.add(id);
      expect(depth).toBeLessThanOrEqual(3);
      if (current.kind === 'question') for (const option of current.options) walk(option.next, depth + 1);
    };
    walk(pack.tree.root, 0);
    expect(answers.filter((answer) => !reached.has(answer.id)).map((answer) => answer.id)).toEqual([]);
    expect(reached.size).toBe(pack.nodes.size);
  });

  it('has 30-40 specific answers resting on 1-3 rules each', () => {
    expect(answers.length).toBeGreaterThanOrEqual(30);
    expect(answers.length).toBeLessThanOrEqual(40);
    for (const answer of answers) expect([answer.id, answer.rules.length <= 3]).toEqual([answer.id, true]);
  });

  it('gives every answer enough example phrasings in nb, nn and en', () => {
    // Nynorsk examples must not use words only Bokmål has (short neutral phrases like "jobbmail på privat profil" are both).
    const bokmalOnly = /(?<!\p{L})(jeg|ikke|hva|hvordan|hvem|hvorfor|hvor|noen|mye|bilde|bildet|bilder|bildene|ansatte|kommunens|spørre|legge|fra|også|meg selv|hjemme)(?!\p{L})/iu;
    for (const answer of answers) {
      const examples = answer.examples ?? { nb: [], nn: [], en: [] };
      expect([answer.id, examples.nb.length >= 6, examples.nn.length >= 3, examples.en.length >= 3]).toEqual([answer.id, true, true, true]);
      expect([answer.id, examples.nb.some((text) => /[æøå]/i.test(text)), examples.nb.some((text) => !/[æøå]/i.test(text))]).toEqual([answer.id, true, true]);
      expect([answer.id, examples.nn.filter((text) => bokmalOnly.test(text))]).toEqual([answer.id, []]);
    }
  });

  it('does not give the same example phrasing to two nodes', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const current of pack.tree.nodes) {
      const examples = current.examples;
      if (!examples) continue;
      for (const text of new Set([...examples.nb, ...examples.nn, ...examples.en].map((t) => t.toLowerCase()))) {
        const first = owner.get(text);
        if (first !== undefined && first !== current.id) clashes.push(`${text} (${first}, ${current.id})`);
        owner.set(text, current.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('offers registration on the profile answers and escalation on the doubtful-case answers', () => {
    const citing = (ids: string[]): string[] => answers.filter((a) => a.rules.some((r) => ids.includes(r))).map((a) => a.id);
    const offering = (kind: string): string[] => answers.filter((a) => a.offers.some((o) => o === kind)).map((a) => a.id);
    expect(offering('registration')).toEqual(citing(['R4.3.2', 'R4.3.3', 'R4.3.4']));
    expect(offering('escalation')).toEqual(citing(['R5.2.8', 'R5.2.9']));
    expect(offering('escalation')).toContain('unsure-ask-leader');
  });

  it('keeps summaries to one line', () => {
    for (const answer of answers) expect([answer.id, /\n/.test(answer.summary.nb + answer.summary.en)]).toEqual([answer.id, false]);
  });

  it('offers "I am unsure" on the top menu, leading to the escalation answer', () => {
    const start = node('start');
    expect(start.kind === 'question' && start.options.map((option) => option.next)).toContain('unsure-ask-leader');
  });
});

describe('helpers', () => {
  it('citation() gives the exact citation strings', () => {
    expect(citation('4.4', 'nb')).toBe('Retningslinjer for sosiale medier, punkt 4.4');
    expect(citation('4.4', 'en')).toBe('Social media guidelines, section 4.4');
    expect(citation('1', 'nb')).toBe('Retningslinjer for sosiale medier, punkt 1');
    expect(citation('vedtak', 'nb')).toBe('Retningslinjer for sosiale medier, vedtak');
    expect(citation('vedtak', 'en')).toBe('Social media guidelines, adoption');
  });

  it('sectionOf() finds a section by id', () => {
    expect(sectionOf(pack, '5.1')?.title).toBe('Ytringsfrihet');
    expect(sectionOf(pack, '9')).toBeUndefined();
  });

  it('rulesOf() returns the rules of an answer in the order it lists them', () => {
    const ethics = node('ethics');
    if (ethics.kind !== 'answer') throw new Error('ethics is an answer');
    expect(rulesOf(pack, ethics).map((rule) => rule.id)).toEqual(['R3.1', 'R3.2', 'R5.2.6']);
  });

  it('sectionsOfNode() gives the distinct section ids of an answer in document order, or a question\'s own section', () => {
    expect(sectionsOfNode(pack, node('privacy-in-social-media'))).toEqual(['3', '5']);
    expect(sectionsOfNode(pack, node('picture-checklist'))).toEqual(['4.4']);
    expect(sectionsOfNode(pack, node('adoption-revision'))).toEqual(['vedtak']);
    expect(sectionsOfNode(pack, node('topic-pictures'))).toEqual(['4.4']);
    expect(sectionsOfNode(pack, node('start'))).toEqual([]);
  });

  it('parentsOf() lists every question leading to a node', () => {
    expect(parentsOf(pack, 'political-inquiries').map((parent) => parent.id)).toEqual(['topic-moderating', 'topic-politicians']);
    expect(parentsOf(pack, 'start')).toEqual([]);
  });
});
