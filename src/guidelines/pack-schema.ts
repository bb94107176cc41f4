/**
 * The shape of the guideline pack: the files in content/ that a non-programmer edits.
 * Parsed with zod at the edge (loadGuidelinePack), so the rest of the code sees typed values only.
 */
import { z } from 'zod';

/** Text in the two user-facing languages: Norwegian Bokmål first, English second. */
export const localizedText = z.object({ nb: z.string().min(1), en: z.string().min(1) }).strict();
export type LocalizedText = z.infer<typeof localizedText>;

const ruleId = z.string().regex(/^(R\d+(\.\d+)+|M\.\d+)$/, 'rule ids look like R4.4.4 or M.1');
const nodeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'node ids are kebab-case');
const sectionId = z.string().regex(/^(\d+(\.\d+)?|vedtak)$/);

/** One rule of the adopted document, pointing at the exact sentences it comes from. */
export const ruleSchema = z
  .object({
    id: ruleId,
    section: sectionId,
    /** Verbatim sentence(s) of the restored document; the validator checks they occur in `section`. */
    quote: z.string().min(1),
    /** English paraphrase (RULES.md); shown beside the Norwegian quote to English users. */
    en: z.string().min(1),
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

/** Example phrasings used by the free-text matcher: Bokmål, Nynorsk, English; with or without æ/ø/å. */
const examples = z
  .object({ nb: z.array(z.string().min(3)).default([]), nn: z.array(z.string().min(3)).default([]), en: z.array(z.string().min(3)).default([]) })
  .strict();

/** Follow-up workflows an answer may offer. */
export const handoffKind = z.enum(['registration', 'escalation']);
export type HandoffKind = z.infer<typeof handoffKind>;

const option = z.object({ label: localizedText, next: nodeId }).strict();

const questionNode = z
  .object({
    id: nodeId,
    kind: z.literal('question'),
    text: localizedText,
    /** The document section this question belongs to; shown as the citation. Omit on the top menu. */
    section: sectionId.optional(),
    options: z.array(option).min(1).max(8),
    examples: examples.optional(),
  })
  .strict();

const answerNode = z
  .object({
    id: nodeId,
    kind: z.literal('answer'),
    title: localizedText,
    /** A one-line orientation in our words; the quoted rules are the authority. */
    summary: localizedText,
    rules: z.array(ruleId).min(1),
    offers: z.array(handoffKind).default([]),
    examples: examples.optional(),
  })
  .strict();

export const treeNodeSchema = z.discriminatedUnion('kind', [questionNode, answerNode]);
export type TreeNode = z.infer<typeof treeNodeSchema>;
export type QuestionNode = Extract<TreeNode, { kind: 'question' }>;
export type AnswerNode = Extract<TreeNode, { kind: 'answer' }>;

export const treeSchema = z.object({ root: nodeId, nodes: z.array(treeNodeSchema).min(1) }).strict();
export type DecisionTree = z.infer<typeof treeSchema>;

export const rulesFileSchema = z.object({ rules: z.array(ruleSchema).min(1) }).strict();
