/**
 * The guideline pack's validator: pure checks over a loaded pack, each finding a readable sentence.
 * Run at start-up (loadGuidelinePack), in tests and by `npm run validate:content` against RULES.md.
 */
import type { GuidelinePack } from './guideline-pack';
import type { TreeNode } from './pack-schema';
import { hasScrubbedParts } from '../privacy/scrub-personal-data';

/** Answers must sit at most this many steps below the root (root → topic → sub-topic → answer). */
export const MAX_DEPTH = 3;
/** The free-text matcher learns each answer from its example phrasings: at least this many, in every language. */
export const MIN_EXAMPLES = { total: 40, nb: 15, nn: 8, en: 10 } as const;
export type ExampleMinimums = { readonly [lang in keyof typeof MIN_EXAMPLES]: number };

/** The rule ids in the table of RULES.md ("| R4.4.4 | 4.4 | … |", "| M.1 | — | … |"), in order, without duplicates. */
export function parseRuleIdsFromRulesMd(markdown: string): string[] {
  const ids = [...markdown.matchAll(/^\|\s*(R\d+(?:\.\d+)+|M\.\d+)\s*\|/gm)].map((match) => match[1] ?? '');
  return [...new Set(ids)];
}

/**
 * Every problem of the pack; empty when it is sound. `expectedRuleIds` (normally from RULES.md) defaults to the
 * ids of the pack's own rules.
 */
export function validatePack(pack: GuidelinePack, expectedRuleIds?: readonly string[], minExamples: ExampleMinimums | null = MIN_EXAMPLES): string[] {
  return [
    ...ruleCoverageProblems(pack, expectedRuleIds),
    ...treeProblems(pack, minExamples),
    ...documentProblems(pack),
    ...ocrProblems(pack),
  ];
}

function ruleCoverageProblems(pack: GuidelinePack, expectedRuleIds: readonly string[] | undefined): string[] {
  const problems: string[] = [];
  const expected = expectedRuleIds ?? [...pack.rules.keys()];
  const cited = new Set<string>();
  for (const node of pack.tree.nodes) if (node.kind === 'answer') for (const id of node.rules) cited.add(id);

  for (const id of expected) if (!pack.rules.has(id)) problems.push(`rule ${id} (expected) has no entry in rules.yaml`);
  if (expectedRuleIds) {
    const known = new Set(expectedRuleIds);
    for (const id of pack.rules.keys()) if (!known.has(id)) problems.push(`rule ${id} in rules.yaml is not in the expected rule list (RULES.md)`);
  }
  for (const id of new Set([...expected, ...pack.rules.keys()])) {
    if (!cited.has(id)) problems.push(`rule ${id} is not cited by any answer node`);
  }
  return problems;
}

function exampleProblems(nodeId: string, examples: { nb: readonly string[]; nn: readonly string[]; en: readonly string[] } | undefined, min: ExampleMinimums): string[] {
  const counts = { nb: examples?.nb.length ?? 0, nn: examples?.nn.length ?? 0, en: examples?.en.length ?? 0 };
  const problems = (['nb', 'nn', 'en'] as const).filter((lang) => counts[lang] < min[lang]).map((lang) => `answer ${nodeId} has ${counts[lang]} ${lang} example phrasings (at least ${min[lang]})`);
  const total = counts.nb + counts.nn + counts.en;
  if (total < min.total) problems.push(`answer ${nodeId} has ${total} example phrasings (at least ${min.total})`);
  // A question from the owner's review queue whose personal details were scrubbed reads oddly as a phrasing: reword it.
  const scrubbed = [...(examples?.nb ?? []), ...(examples?.nn ?? []), ...(examples?.en ?? [])].filter(hasScrubbedParts);
  return [...problems, ...scrubbed.map((text) => `answer ${nodeId} has an example with a removed personal detail (reword it without): "${text}"`)];
}

function treeProblems(pack: GuidelinePack, minExamples: ExampleMinimums | null): string[] {
  const problems: string[] = [];
  const { root, nodes } = pack.tree;
  const seen = new Set<string>();
  for (const node of nodes) {
    if (seen.has(node.id)) problems.push(`node id ${node.id} is used more than once`);
    seen.add(node.id);
  }
  const sectionIds = new Set(pack.document.sections.map((section) => section.id));
  for (const node of nodes) {
    if (node.kind === 'answer') {
      for (const id of node.rules) if (!pack.rules.has(id)) problems.push(`node ${node.id} cites unknown rule ${id}`);
      if (minExamples) problems.push(...exampleProblems(node.id, node.examples, minExamples));
    } else {
      for (const option of node.options) {
        if (!pack.nodes.has(option.next)) problems.push(`node ${node.id}: option "${option.label.nb}" points at missing node ${option.next} (dangling)`);
      }
      if (node.section !== undefined && !sectionIds.has(node.section)) problems.push(`node ${node.id} names unknown section ${node.section}`);
    }
  }
  if (!pack.nodes.has(root)) return [...problems, `the root node ${root} does not exist`];

  const depth = new Map<string, number>([[root, 0]]);
  const queue = [root];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of childrenOf(pack.nodes.get(id))) {
      if (depth.has(next) || !pack.nodes.has(next)) continue;
      depth.set(next, (depth.get(id) ?? 0) + 1);
      queue.push(next);
    }
  }
  for (const node of pack.nodes.values()) {
    const level = depth.get(node.id);
    if (level === undefined) problems.push(`node ${node.id} is unreachable from the root ${root}`);
    else if (node.kind === 'answer' && level > MAX_DEPTH) problems.push(`answer ${node.id} is ${level} levels deep (at most ${MAX_DEPTH})`);
  }
  return [...problems, ...cycleProblems(pack)];
}

function childrenOf(node: TreeNode | undefined): string[] {
  return node?.kind === 'question' ? node.options.map((option) => option.next) : [];
}

/** Depth-first search over every node (reachable or not); each back edge is one cycle. */
function cycleProblems(pack: GuidelinePack): string[] {
  const problems: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    for (const next of childrenOf(pack.nodes.get(id))) {
      if (state.get(next) === 'open') problems.push(`cycle: ${[...trail.slice(trail.indexOf(next)), next].join(' → ')}`);
      else if (!state.has(next) && pack.nodes.has(next)) visit(next);
    }
    trail.pop();
    state.set(id, 'done');
  };
  for (const id of [pack.tree.root, ...pack.nodes.keys()]) if (!state.has(id) && pack.nodes.has(id)) visit(id);
  return problems;
}

/** Whitespace-normalised text for quote matching; bullet markers at line starts are dropped. */
export function normaliseText(text: string): string {
  return text.replace(/^- /gm, '').replace(/\s+/g, ' ').trim();
}

function documentProblems(pack: GuidelinePack): string[] {
  const problems: string[] = [];
  const sections = new Map(pack.document.sections.map((section) => [section.id, section]));
  const pointedAt = new Set<string>();
  for (const rule of pack.rules.values()) {
    const section = sections.get(rule.section);
    pointedAt.add(rule.section);
    if (!section) {
      problems.push(`rule ${rule.id} points at section ${rule.section}, which the document does not have`);
    } else if (!normaliseText(section.body).includes(normaliseText(rule.quote))) {
      problems.push(`rule ${rule.id}: quote not found verbatim in section ${rule.section}: "${excerpt(rule.quote)}"`);
    }
  }
  for (const section of pack.document.sections) {
    if (section.body.trim() !== '' && !pointedAt.has(section.id)) problems.push(`section ${section.id} (${section.title}) has no rule pointing into it`);
  }
  return problems;
}

function excerpt(text: string): string {
  const flat = normaliseText(text);
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}

/**
 * Words the OCR scan damaged (æ/ø/å lost or read as g, 3, 8, &). Each pattern matches a whole word,
 * case-insensitively; real Bokmål words that look alike (bade, mate, sa, var, vare, ga, apen) are left out.
 */
const OCR_WORDS = [
  'bgr', '\\p{L}*fg[rl]\\p{L}*', '\\p{L}*dgm\\p{L}*', '\\p{L}*spgr\\p{L}*', '\\p{L}*sgk\\p{L}*', '\\p{L}*[nht]gy\\p{L}*',
  'hgfl\\p{L}*', 'gyeblikk\\p{L}*', 'gnsk\\p{L}*', 'gkt\\p{L}*', 'pargr\\p{L}*', '\\p{L}*pagaende', 'narmest\\p{L}*',
  'vaere', 'veere', 'veer', 'veaer', 'vaer', 'pa', 'na', 'nar', 'ma', 'ogsa', 'star', 'niva', 'svaert', 'fremga',
  'batsfjord\\p{L}*', 'kommunevapen', 'krisehandtering\\p{L}*', '\\p{L}*serekrenk\\p{L}*', 'apner', 'malgrupp\\p{L}*',
  'malsetning\\p{L}*', 'ordfgrer',
];

const OCR_PATTERNS: readonly { what: string; pattern: RegExp }[] = [
  { what: '"3", "8", "&" or "a" standing for "å"', pattern: /(?<=\p{L} )[38&a](?= \p{L})/gu },
  { what: '"|" standing for "I"', pattern: /(?<!\S)\|(?!\S)/g },
  { what: 'a bullet scanned as "e "', pattern: /^e (?=\S)/gm },
  { what: 'a word the scan damaged', pattern: new RegExp(`(?<![\\p{L}\\d])(?:${OCR_WORDS.join('|')})(?![\\p{L}\\d])`, 'giu') },
];

/** The OCR artefacts in a Norwegian text, as "what: «match»" strings (empty when the text is clean). */
export function findOcrArtefacts(text: string): string[] {
  return OCR_PATTERNS.flatMap(({ what, pattern }) => [...text.matchAll(pattern)].map((match) => `${what}: «${match[0]}»`));
}

/** Norwegian text of the pack that must be free of OCR artefacts (examples are exempt: users type without æ/ø/å). */
function norwegianTexts(pack: GuidelinePack): { where: string; text: string }[] {
  const texts = [{ where: 'the document title', text: pack.document.title }];
  for (const section of pack.document.sections) {
    texts.push({ where: `the heading of section ${section.id}`, text: section.title }, { where: `section ${section.id}`, text: section.body });
  }
  for (const rule of pack.rules.values()) texts.push({ where: `the quote of rule ${rule.id}`, text: rule.quote });
  for (const node of pack.tree.nodes) {
    if (node.kind === 'answer') {
      texts.push({ where: `the title of node ${node.id}`, text: node.title.nb }, { where: `the summary of node ${node.id}`, text: node.summary.nb });
    } else {
      texts.push({ where: `the text of node ${node.id}`, text: node.text.nb });
      node.options.forEach((option, index) => texts.push({ where: `option ${index + 1} of node ${node.id}`, text: option.label.nb }));
    }
  }
  return texts;
}

function ocrProblems(pack: GuidelinePack): string[] {
  return norwegianTexts(pack).flatMap(({ where, text }) => findOcrArtefacts(text).map((found) => `OCR leftover in ${where}: ${found}`));
}
