/**
 * The loaded guideline pack: the restored document, its rules and the decision tree, as typed values.
 */
import type { DecisionTree, Rule, TreeNode } from './pack-schema';

export interface DocumentSection {
  /** "1", "2", "4.4", … as numbered in the document; "vedtak" for the adoption note at the end. */
  id: string;
  /** The heading as it stands in the restored document, without its number ("Bruk av sosiale medier som politiker eller ansatt"). */
  title: string;
  /** The section's own paragraphs as Markdown (bullets as "- "), without the heading. */
  body: string;
}

export interface GuidelineDocument {
  title: string;
  sections: readonly DocumentSection[];
}

export interface GuidelinePack {
  document: GuidelineDocument;
  rules: ReadonlyMap<string, Rule>;
  tree: DecisionTree;
  nodes: ReadonlyMap<string, TreeNode>;
}
