/**
 * Adds example phrasings to nodes of content/tree.yaml (the owner's review queue, `npm run content:review apply`).
 * The YAML is parsed with the `yaml` Document API only to find where each node's example lists are; the new lines
 * are then inserted into the text itself, so comments, order, quoting, spacing and long lines elsewhere stay
 * byte for byte as they were and the change a person reviews (`git diff content/`) is the added lines only.
 * Pure: text in, text out.
 *
 * An example the node already has (same normalised text, in any language) is skipped; a node id the tree does not
 * have is an error (UnknownNodeError, naming every such id), and then nothing is changed. Example lists are written
 * as block lists (`nb:` then `- …` lines), as in content/tree.yaml; a flow-style list (`nb: [a, b]`) is refused.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type YAMLMap } from 'yaml';
import { normaliseExample } from './example-text';

export type ExampleLang = 'nb' | 'nn' | 'en';
const LANGS: readonly ExampleLang[] = ['nb', 'nn', 'en'];

export interface NewExample {
  nodeId: string;
  lang: ExampleLang;
  text: string;
}

export interface AddedExamples<T extends NewExample = NewExample> {
  /** The new tree.yaml text (identical to the input when nothing was added). */
  text: string;
  /** The given examples that were added (the same objects, in the order given). */
  added: T[];
  /** Already an example of that node (or given twice). */
  skipped: T[];
}

export class UnknownNodeError extends Error {
  constructor(readonly nodeIds: string[]) {
    super(`tree.yaml has no node ${nodeIds.join(', ')}`);
    this.name = 'UnknownNodeError';
  }
}

/** The tree's layout cannot take the new lines as a plain insertion (not valid YAML, or a flow-style example list). */
export class TreeLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TreeLayoutError';
  }
}

interface Insertion {
  at: number;
  lines: string;
}

export function addExamples<T extends NewExample>(treeYaml: string, examples: readonly T[]): AddedExamples<T> {
  const doc = parseDocument(treeYaml);
  if (doc.errors.length > 0) throw new TreeLayoutError(`tree.yaml is not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  const nodes = nodesById(doc);
  const unknown = [...new Set(examples.map((example) => example.nodeId).filter((id) => !nodes.has(id)))];
  if (unknown.length > 0) throw new UnknownNodeError(unknown);

  const added: T[] = [];
  const skipped: T[] = [];
  const known = new Map<string, Set<string>>();
  for (const example of examples) {
    const seen = known.get(example.nodeId) ?? existingExamples(nodes.get(example.nodeId));
    known.set(example.nodeId, seen);
    const text = normaliseExample(example.text);
    if (seen.has(text)) {
      skipped.push(example);
    } else {
      seen.add(text);
      added.push(example);
    }
  }
  const insertions = [...new Set(added.map((example) => example.nodeId))].flatMap((nodeId) =>
    insertionsForNode(treeYaml, nodes.get(nodeId) as YAMLMap, nodeId, added.filter((example) => example.nodeId === nodeId)),
  );
  return { text: applyInsertions(treeYaml, insertions), added, skipped };
}

function nodesById(doc: Document): Map<string, YAMLMap> {
  const list = doc.get('nodes');
  const nodes = new Map<string, YAMLMap>();
  if (!isSeq(list)) return nodes;
  for (const node of list.items) {
    const id = isMap(node) ? node.get('id') : undefined;
    if (isMap(node) && typeof id === 'string' && !nodes.has(id)) nodes.set(id, node);
  }
  return nodes;
}

/** The normalised examples of a node, all languages together. */
function existingExamples(node: YAMLMap | undefined): Set<string> {
  const found = new Set<string>();
  const examples = node?.get('examples');
  if (!isMap(examples)) return found;
  for (const lang of LANGS) {
    const list = examples.get(lang);
    if (!isSeq(list)) continue;
    for (const item of list.items) if (isScalar(item) && typeof item.value === 'string') found.add(normaliseExample(item.value));
  }
  return found;
}

/** Where the node's new examples go: after the last line of each existing list, or as a new list / a new `examples:` block. */
function insertionsForNode(text: string, node: YAMLMap, nodeId: string, added: readonly NewExample[]): Insertion[] {
  const byLang = LANGS.map((lang) => ({ lang, texts: added.filter((example) => example.lang === lang).map((example) => example.text) })).filter(
    (group) => group.texts.length > 0,
  );
  const examples = node.get('examples', true);
  const keyIndent = columnOf(text, node.items[0]?.key);
  if (examples === undefined) {
    const block = byLang.map(({ lang, texts }) => listLines(`${keyIndent}  `, lang, texts)).join('');
    return [{ at: afterLineOf(text, endOf(node)), lines: `${keyIndent}examples:\n${block}` }];
  }
  if (!isMap(examples) || examples.flow) throw new TreeLayoutError(`node ${nodeId}: examples must be a block mapping (nb:, nn:, en: on their own lines) to add to it`);
  const langIndent = columnOf(text, examples.items[0]?.key) || `${keyIndent}  `;
  return byLang.map(({ lang, texts }) => {
    const list = examples.get(lang, true);
    if (list === undefined) {
      const next = examples.items.find((pair) => isScalar(pair.key) && LANGS.indexOf(pair.key.value as ExampleLang) > LANGS.indexOf(lang));
      const at = next ? lineStart(text, (next.key as Node).range?.[0] ?? 0) : afterLineOf(text, endOf(examples));
      return { at, lines: listLines(langIndent, lang, texts) };
    }
    const last = isSeq(list) && !list.flow ? (list.items[list.items.length - 1] as Node | undefined) : undefined;
    if (!isSeq(list) || !last) throw new TreeLayoutError(`node ${nodeId}: examples.${lang} must be a block list (lines starting with "- ") to add to it`);
    const itemIndent = leadingSpace(text, (list.items[0] as Node).range?.[0] ?? 0);
    return { at: afterLineOf(text, last.range?.[1] ?? 0), lines: texts.map((example) => `${itemIndent}- ${scalar(example)}\n`).join('') };
  });
}

function listLines(indent: string, lang: ExampleLang, texts: readonly string[]): string {
  return `${indent}${lang}:\n${texts.map((example) => `${indent}  - ${scalar(example)}\n`).join('')}`;
}

/** The example as a one-line YAML scalar (whitespace runs made one space): plain where YAML allows it, quoted where it must be. */
function scalar(text: string): string {
  return stringify(text.replace(/\s+/g, ' ').trim(), { lineWidth: 0 }).trimEnd();
}

function endOf(node: Node): number {
  return node.range?.[1] ?? 0;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding `offset` (its newline included). */
function afterLineOf(text: string, offset: number): number {
  const newline = text.indexOf('\n', Math.max(0, offset - 1));
  return newline === -1 ? text.length : newline + 1;
}

/** The spaces before a node on its line, as a string ("  - id:" gives the column of "id" for a key). */
function columnOf(text: string, node: unknown): string {
  const start = (node as Node | undefined)?.range?.[0];
  return start === undefined ? '' : ' '.repeat(start - lineStart(text, start));
}

/** The indentation of the line holding `offset`. */
function leadingSpace(text: string, offset: number): string {
  return /^ */.exec(text.slice(lineStart(text, offset)))?.[0] ?? '';
}

function applyInsertions(text: string, insertions: readonly Insertion[]): string {
  let result = text;
  const ordered = [...insertions].sort((a, b) => b.at - a.at);
  for (const { at, lines } of ordered) {
    const needsNewline = at === result.length && result.length > 0 && !result.endsWith('\n');
    result = `${result.slice(0, at)}${needsNewline ? '\n' : ''}${lines}${result.slice(at)}`;
  }
  return result;
}
