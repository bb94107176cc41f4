/**
 * validatePack on small packs built here, one defect at a time: each test names the check it exercises and
 * fails if that check is removed (the sound base pack has no problems at all).
 */
import { assemblePack } from '../../src/guidelines/load-pack';
import type { DocumentSection, GuidelinePack } from '../../src/guidelines/guideline-pack';
import type { Rule, TreeNode } from '../../src/guidelines/pack-schema';
import { findOcrArtefacts, parseRuleIdsFromRulesMd, validatePack } from '../../src/guidelines/validate-pack';

const sections: DocumentSection[] = [
  { id: '1', title: 'OMFANG', body: 'Denne rutinen gjelder både for politikere og ansatte i Båtsfjord kommune.' },
  { id: '2', title: 'HVA ER SOSIALE MEDIER?', body: '- Sosiale medier er offentlige rom.\n- Publiserte innlegg kan være vanskelig å trekke\ntilbake i ettertid.' },
];
const rules: Rule[] = [
  { id: 'R1.1', section: '1', quote: 'Denne rutinen gjelder både for politikere og ansatte i Båtsfjord kommune.', en: 'Applies to all.' },
  { id: 'R2.1', section: '2', quote: 'Publiserte innlegg kan være vanskelig å trekke tilbake i ettertid.', en: 'Hard to take back.' },
];
const question = (id: string, next: string[]): TreeNode => ({
  id,
  kind: 'question',
  text: { nb: 'Hva gjelder det?', en: 'What is it about?' },
  options: next.map((target) => ({ label: { nb: `Til ${target}`, en: `To ${target}` }, next: target })),
});
const answer = (id: string, ruleIds: string[], title = 'Et svar'): TreeNode => ({
  id,
  kind: 'answer',
  title: { nb: title, en: 'An answer' },
  summary: { nb: 'En kort orientering.', en: 'A short orientation.' },
  rules: ruleIds,
  offers: [],
});
const baseNodes = (): TreeNode[] => [question('start', ['scope', 'public']), answer('scope', ['R1.1']), answer('public', ['R2.1'])];

function makePack(change: { sections?: DocumentSection[]; rules?: Rule[]; nodes?: TreeNode[]; root?: string } = {}): GuidelinePack {
  return assemblePack(
    { title: 'Retningslinjer for IKT-bruk og bruk av sosiale medier', sections: change.sections ?? sections },
    change.rules ?? rules,
    { root: change.root ?? 'start', nodes: change.nodes ?? baseNodes() },
  );
}

describe('validatePack', () => {
  it('finds nothing wrong with the sound base pack (whitespace and bullets in quotes are normalised)', () => {
    expect(validatePack(makePack(), undefined, null)).toEqual([]);
    expect(validatePack(makePack(), ['R1.1', 'R2.1'], null)).toEqual([]);
  });

  it('reports an example phrasing that still carries a scrubbed personal detail (a review-queue text taken as is)', () => {
    const scrubbed = { ...answer('scope', ['R1.1']), examples: { nb: ['Kan jeg svare [e-post fjernet] på Facebook?'], nn: [], en: [] } } as TreeNode;
    const nodes = [question('start', ['scope', 'public']), scrubbed, answer('public', ['R2.1'])];
    expect(validatePack(makePack({ nodes }), undefined, { nb: 0, nn: 0, en: 0, total: 0 })).toEqual(['answer scope has an example with a removed personal detail (reword it without): "Kan jeg svare [e-post fjernet] på Facebook?"']);
  });

  it('reports a node citing an unknown rule', () => {
    const nodes = [question('start', ['scope', 'public']), answer('scope', ['R1.1', 'R9.9']), answer('public', ['R2.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toContain('node scope cites unknown rule R9.9');
  });

  it('reports a dangling option', () => {
    const nodes = [question('start', ['scope', 'public', 'nowhere']), answer('scope', ['R1.1']), answer('public', ['R2.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toContain('node start: option "Til nowhere" points at missing node nowhere (dangling)');
  });

  it('reports an unreachable node', () => {
    const nodes = [...baseNodes(), answer('orphan', ['R1.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toEqual(['node orphan is unreachable from the root start']);
  });

  it('reports a missing root', () => {
    expect(validatePack(makePack({ root: 'begin' }), undefined, null)).toContain('the root node begin does not exist');
  });

  it('reports a cycle', () => {
    const nodes = [question('start', ['loop-a']), question('loop-a', ['loop-b']), question('loop-b', ['loop-a', 'scope', 'public']), answer('scope', ['R1.1']), answer('public', ['R2.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toEqual(['cycle: loop-a → loop-b → loop-a']);
  });

  it('reports a cycle among nodes the root does not reach', () => {
    const nodes = [...baseNodes(), question('island-a', ['island-b']), question('island-b', ['island-a'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toContain('cycle: island-a → island-b → island-a');
  });

  it('reports duplicate node ids', () => {
    const nodes = [...baseNodes(), answer('scope', ['R2.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toContain('node id scope is used more than once');
  });

  it('reports an answer deeper than three levels', () => {
    const nodes = [question('start', ['q1', 'public']), question('q1', ['q2']), question('q2', ['q3']), question('q3', ['scope']), answer('scope', ['R1.1']), answer('public', ['R2.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toEqual(['answer scope is 4 levels deep (at most 3)']);
  });

  it('reports a rule whose quote is not in its section', () => {
    const moved = [rules[0] as Rule, { ...(rules[1] as Rule), section: '1' }];
    expect(validatePack(makePack({ rules: moved }), undefined, null)).toEqual([
      'rule R2.1: quote not found verbatim in section 1: "Publiserte innlegg kan være vanskelig å trekke tilbake i ettertid."',
      'section 2 (HVA ER SOSIALE MEDIER?) has no rule pointing into it',
    ]);
  });

  it('reports a rule pointing at a section the document does not have', () => {
    const lost = [rules[0] as Rule, { ...(rules[1] as Rule), section: '7' }];
    expect(validatePack(makePack({ rules: lost }), undefined, null)).toContain('rule R2.1 points at section 7, which the document does not have');
  });

  it('reports a section with no rule pointing into it', () => {
    const extra = [...sections, { id: '3', title: 'ETIKK', body: 'Etiske retningslinjer gjelder også her.' }];
    expect(validatePack(makePack({ sections: extra }), undefined, null)).toEqual(['section 3 (ETIKK) has no rule pointing into it']);
  });

  it('reports a rule no answer cites', () => {
    const nodes = [question('start', ['scope', 'public']), answer('scope', ['R1.1']), answer('public', ['R1.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toEqual(['rule R2.1 is not cited by any answer node']);
  });

  it('reports an expected (RULES.md) id with no rule entry and an entry RULES.md does not know', () => {
    const problems = validatePack(makePack(), ['R1.1', 'R2.1', 'R3.1'], null);
    expect(problems).toContain('rule R3.1 (expected) has no entry in rules.yaml');
    expect(problems).toContain('rule R3.1 is not cited by any answer node');
    expect(validatePack(makePack(), ['R1.1'], null)).toEqual(['rule R2.1 in rules.yaml is not in the expected rule list (RULES.md)']);
  });

  it('reports OCR leftovers in the document', () => {
    const scanned = [{ ...(sections[0] as DocumentSection), body: `${(sections[0] as DocumentSection).body}\n\nDu bgr tenke deg om.` }, sections[1] as DocumentSection];
    expect(validatePack(makePack({ sections: scanned }), undefined, null)).toEqual(['OCR leftover in section 1: a word the scan damaged: «bgr»']);
  });

  it('reports OCR leftovers in quotes, titles, summaries and option labels', () => {
    const quoteDamaged = [{ ...(rules[0] as Rule), quote: 'Denne rutinen gjelder bade for politikere og ansatte i Batsfjord kommune.' }, rules[1] as Rule];
    const sectionDamaged = [{ ...(sections[0] as DocumentSection), body: quoteDamaged[0]?.quote ?? '' }, sections[1] as DocumentSection];
    expect(validatePack(makePack({ sections: sectionDamaged, rules: quoteDamaged }), undefined, null)).toEqual([
      'OCR leftover in section 1: a word the scan damaged: «Batsfjord»',
      'OCR leftover in the quote of rule R1.1: a word the scan damaged: «Batsfjord»',
    ]);
    const nodes = [question('start', ['scope', 'public']), answer('scope', ['R1.1'], 'Bilder pa nett'), answer('public', ['R2.1'])];
    expect(validatePack(makePack({ nodes }), undefined, null)).toEqual(['OCR leftover in the title of node scope: a word the scan damaged: «pa»']);
  });
});

describe('findOcrArtefacts', () => {
  it.each([
    ['til 3 ta stilling', '«3»'],
    ['andre mater 8 kommunisere', '«8»'],
    ['vanskelig & se', '«&»'],
    ['vanskelig a trekke', '«a»'],
    ['| det gyeblikket', '«|»'],
    ['e Veer aktivt til stede.', 'a bullet scanned as "e "'],
    ['informasjonen er oftest sgkbar', '«sgkbar»'],
    ['Veaer derfor ryddig', '«Veaer»'],
    ['kan vaere vanskelig', '«vaere»'],
    ['er serekrenkende', '«serekrenkende»'],
    ['ngytrale eller negative', '«ngytrale»'],
    ['Ta alltid hgyde for', '«hgyde»'],
    ['helst innen en arbeidsdag, nar du kan', '«nar»'],
    ['Batsfjord kommune', '«Batsfjord»'],
  ])('finds the artefact in %p', (text, expected) => {
    expect(findOcrArtefacts(text).join('\n')).toContain(expected);
  });

  it('leaves correct Bokmål alone, also words that look like artefacts', () => {
    const clean = 'Vi skal bade i sjøen, sa hun. Var varsom med vare og mate. Det ga mening. Sak 2023/6, 20. april. IT-avdelingen.';
    expect(findOcrArtefacts(clean)).toEqual([]);
  });
});

describe('parseRuleIdsFromRulesMd', () => {
  it('reads the ids of the rule table in order, once each', () => {
    const markdown = '| id | § | rule |\n|---|---|---|\n| R1.1 | 1 | One. |\n| R4.4.10 | 4.4 | Two. |\n| M.1 | — | Adopted. |\n| R1.1 | 1 | Again. |\nR9.9 in prose\n';
    expect(parseRuleIdsFromRulesMd(markdown)).toEqual(['R1.1', 'R4.4.10', 'M.1']);
  });

  it('reports an answer with too few example phrasings for the free-text matcher', () => {
    expect(validatePack(makePack())).toContain('answer scope has 0 nb example phrasings (at least 15)');
    expect(validatePack(makePack())).toContain('answer scope has 0 example phrasings (at least 40)');
  });
});
