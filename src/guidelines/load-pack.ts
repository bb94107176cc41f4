/**
 * Loads the guideline pack from content/: the restored document (retningslinjer.md), its rules (rules.yaml) and
 * the decision tree (tree.yaml). Everything is parsed and checked at start-up and before a reload swaps the pack in
 * (live-pack.ts); a broken pack throws a GuidelinePackError that lists every problem found, so the content owner can
 * fix them all in one go.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { DocumentSection, GuidelineDocument, GuidelinePack } from './guideline-pack';
import { rulesFileSchema, treeSchema } from './pack-schema';
import type { AnswerNode, DecisionTree, QuestionNode, Rule, TreeNode } from './pack-schema';
import { validatePack } from './validate-pack';

export const DOCUMENT_FILE = 'retningslinjer.md';
export const RULES_FILE = 'rules.yaml';
export const TREE_FILE = 'tree.yaml';

/** The pack is broken; `problems` lists every finding as a readable sentence naming the file or node. */
export class GuidelinePackError extends Error {
  readonly problems: string[];

  constructor(problems: readonly string[]) {
    super(`the guideline pack has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'GuidelinePackError';
    this.problems = [...problems];
  }
}

/** The repo's content/ folder: walks up from `start` (this file's folder, in src/ or dist/src/) to the first folder holding content/tree.yaml. */
export function findContentDir(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    const candidate = path.join(dir, 'content');
    if (existsSync(path.join(candidate, TREE_FILE))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new GuidelinePackError([`no content/${TREE_FILE} found in ${start} or any folder above it`]);
    dir = parent;
  }
}

/** The repo's content/ folder (other content files, e.g. out-of-scope.yaml, live beside the pack). */
export function contentDir(): string {
  return findContentDir();
}

/** Reads and checks the pack in `dir` (default: the repo's content/). Throws GuidelinePackError on any problem. */
export function loadGuidelinePack(dir: string = findContentDir()): GuidelinePack {
  const problems: string[] = [];
  const document = collect(problems, () => parseGuidelineDocument(readText(dir, DOCUMENT_FILE)));
  const rulesFile = collect(problems, () => parseYamlFile(dir, RULES_FILE, rulesFileSchema));
  const tree = collect(problems, () => parseYamlFile(dir, TREE_FILE, treeSchema));
  if (!document || !rulesFile || !tree) throw new GuidelinePackError(problems);

  const pack = assemblePack(document, rulesFile.rules, tree);
  problems.push(...duplicateRuleProblems(rulesFile.rules), ...validatePack(pack));
  if (problems.length > 0) throw new GuidelinePackError(problems);
  return pack;
}

/** Builds the pack's lookup maps. Duplicate ids keep their first entry (the validator and loader report them). */
export function assemblePack(document: GuidelineDocument, rules: readonly Rule[], tree: DecisionTree): GuidelinePack {
  const ruleMap = new Map<string, Rule>();
  for (const rule of rules) if (!ruleMap.has(rule.id)) ruleMap.set(rule.id, rule);
  const nodes = new Map<string, TreeNode>();
  for (const node of tree.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  return { document, rules: ruleMap, tree, nodes };
}

const NUMBERED_HEADING = /^(#{2,3}) (\d+(?:\.\d+)?)\.? (.+)$/;
const PLAIN_HEADING = /^## (.+)$/;

/**
 * Splits the restored Markdown into sections: "# title", then "## 1. OMFANG" / "### 4.1 Bruk av …" headings
 * (top-level numbers on "##", sub-numbers on "###") and one unnumbered "## Vedtak" (id "vedtak").
 */
export function parseGuidelineDocument(markdown: string, file: string = DOCUMENT_FILE): GuidelineDocument {
  const lines = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const problems: string[] = [];
  const sections: DocumentSection[] = [];
  let title: string | undefined;
  let body: string[] = [];
  const flush = (): void => {
    const last = sections[sections.length - 1];
    if (last) last.body = body.join('\n').trim();
    body = [];
  };

  lines.forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    const numbered = NUMBERED_HEADING.exec(line);
    const plain = numbered ? null : PLAIN_HEADING.exec(line);
    if (line.startsWith('# ')) {
      if (title !== undefined) problems.push(`${where}: a second document title "${line}"`);
      else if (sections.length > 0 || body.some((l) => l.trim() !== '')) problems.push(`${where}: the title must be the first line`);
      title = line.slice(2).trim();
    } else if (numbered) {
      const [, hashes = '', id = '', heading = ''] = numbered;
      const expected = id.includes('.') ? '###' : '##';
      if (hashes !== expected) problems.push(`${where}: section ${id} must be a "${expected}" heading`);
      flush();
      sections.push({ id, title: heading.trim(), body: '' });
    } else if (plain) {
      const heading = (plain[1] ?? '').trim();
      flush();
      sections.push({ id: heading.toLowerCase(), title: heading, body: '' });
    } else if (line.startsWith('#')) {
      problems.push(`${where}: unrecognised heading "${line}"`);
    } else {
      if (sections.length === 0 && line.trim() !== '') problems.push(`${where}: text before the first section`);
      body.push(line);
    }
  });
  flush();

  if (title === undefined) problems.push(`${file}: no "# " document title`);
  if (sections.length === 0) problems.push(`${file}: no sections`);
  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.id)) problems.push(`${file}: section ${section.id} appears twice`);
    seen.add(section.id);
  }
  if (problems.length > 0) throw new GuidelinePackError(problems);
  return { title: title ?? '', sections };
}

/** "Retningslinjer for sosiale medier, punkt 4.4" / "Social media guidelines, section 4.4" (or the adoption note). */
export function citation(sectionId: string, lang: 'nb' | 'en'): string {
  if (lang === 'nb') return `Retningslinjer for sosiale medier, ${sectionId === 'vedtak' ? 'vedtak' : `punkt ${sectionId}`}`;
  return `Social media guidelines, ${sectionId === 'vedtak' ? 'adoption' : `section ${sectionId}`}`;
}

export function sectionOf(pack: GuidelinePack, id: string): DocumentSection | undefined {
  return pack.document.sections.find((section) => section.id === id);
}

/** The rules an answer rests on, in the order the node lists them (unknown ids are skipped; the validator reports them). */
export function rulesOf(pack: GuidelinePack, node: AnswerNode): Rule[] {
  return node.rules.flatMap((id) => {
    const rule = pack.rules.get(id);
    return rule ? [rule] : [];
  });
}

/** Section ids ("4.4", "vedtak"). Answers: the distinct sections of their rules, in document order. Questions: their own section, if any. */
export function sectionsOfNode(pack: GuidelinePack, node: TreeNode): string[] {
  const ids = new Set(node.kind === 'answer' ? rulesOf(pack, node).map((rule) => rule.section) : node.section ? [node.section] : []);
  return pack.document.sections.filter((section) => ids.has(section.id)).map((section) => section.id);
}

/** The question nodes with an option leading to `nodeId`, in file order. */
export function parentsOf(pack: GuidelinePack, nodeId: string): QuestionNode[] {
  return pack.tree.nodes.filter(
    (node): node is QuestionNode => node.kind === 'question' && node.options.some((option) => option.next === nodeId),
  );
}

function collect<T>(problems: string[], load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof GuidelinePackError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

function readText(dir: string, file: string): string {
  try {
    return readFileSync(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new GuidelinePackError([`${file}: cannot be read from ${dir} (${error instanceof Error ? error.message : String(error)})`]);
  }
}

function parseYamlFile<S extends z.ZodType>(dir: string, file: string, schema: S): z.output<S> {
  const text = readText(dir, file);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new GuidelinePackError([`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new GuidelinePackError(result.error.issues.map((issue) => `${file}: ${describePath(data, issue.path)}: ${issue.message}`));
  }
  return result.data;
}

/** "nodes[12] (picture-consent).examples.nb[3]": the zod path, with the id of list entries that have one. */
function describePath(data: unknown, issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return '(top level)';
  let text = '';
  let value: unknown = data;
  for (const key of issuePath) {
    value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
    if (typeof key === 'number') {
      const id: unknown = typeof value === 'object' && value !== null ? Reflect.get(value, 'id') : undefined;
      text += typeof id === 'string' ? `[${key}] (${id})` : `[${key}]`;
    } else {
      text += `${text === '' ? '' : '.'}${String(key)}`;
    }
  }
  return text;
}

function duplicateRuleProblems(rules: readonly Rule[]): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const rule of rules) {
    if (seen.has(rule.id)) problems.push(`${RULES_FILE}: rule ${rule.id} is listed more than once`);
    seen.add(rule.id);
  }
  return problems;
}
