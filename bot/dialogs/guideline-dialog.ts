/**
 * The guideline conversation as a dialog: its state is the path through the decision tree (data, persisted
 * with the conversation), and each turn answers with one card. Free text goes through the question matcher:
 * a confident match jumps to its node, a close call offers the best choices, no match says so honestly.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { GuidelinePack } from '../../src/guidelines/guideline-pack';
import { back, current, goTo } from '../../src/guidelines/tree-navigator';
import type { UnansweredLog } from '../../src/feedback/unanswered-log';
import type { AnswerTally } from '../../src/feedback/answer-tally';
import { howReached, type Reached } from '../feedback/how-reached';
import type { SectionLinker } from '../../src/tab/section-links';
import { answerCard, noMatchCard, questionCard, suggestionsCard } from '../../cards/guideline-cards';
import type { AdaptiveCardJson } from '../../cards/render-card';
import { matchQuestion, UNSURE_NODE } from '../../src/conversation/doubt';
import { doubtCard } from '../../cards/doubt-card';
import { replaceClickedCard, sendCard } from '../send-card';
import type { TurnContent } from '../turn-content';
import { turnInfo } from '../turn-info';

export interface GuidelineDialogState {
  path: string[];
}


export type GuidelineDialogOptions = { goTo?: string; from?: string; back?: string; question?: string };

export class GuidelineDialog extends Dialog<GuidelineDialogOptions> {
  static readonly id = 'guideline';
  /** Rendered cards per pack: a reloaded pack starts its own cache, the old one goes with the old pack. */
  private readonly renderedCards = new WeakMap<GuidelinePack, Map<string, AdaptiveCardJson>>();

  constructor(
    /** The turn's pack and matcher (the live pack, taken once per turn). */
    private readonly content: TurnContent,
    private readonly sectionLink?: SectionLinker,
    /** Where questions the bot could not answer are kept for the guideline owner (scrubbed, no identity). */
    private readonly unanswered?: UnansweredLog,
    /** How often each answer is shown, for the guideline owner (a count per day, no identity). */
    private readonly tally?: AnswerTally,
  ) {
    super(GuidelineDialog.id);
  }

  override async beginDialog(dc: DialogContext, options?: GuidelineDialogOptions): Promise<DialogTurnResult> {
    const state: GuidelineDialogState = { path: [this.content(dc.context).pack.tree.root] };
    dc.activeDialog!.state = state;
    await this.step(dc, state, options ?? {});
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.stateOf(dc);
    const { input } = turnInfo(dc.context);
    if (input.kind === 'submit' && input.submit.verb === 'tree.go') await this.step(dc, state, { goTo: input.submit.node, from: input.submit.from });
    else if (input.kind === 'submit' && input.submit.verb === 'tree.back') await this.step(dc, state, { back: input.submit.node });
    else if (input.kind === 'command' && input.command === 'back') await this.step(dc, state, { back: current(this.content(dc.context).pack.tree, state.path) });
    else if (input.kind === 'text') await this.step(dc, state, { question: input.text });
    else await this.show(dc, state.path);
    return Dialog.EndOfTurn;
  }

  private stateOf(dc: DialogContext): GuidelineDialogState {
    const state = dc.activeDialog!.state as Partial<GuidelineDialogState>;
    const { pack } = this.content(dc.context);
    if (!Array.isArray(state.path) || state.path.length === 0 || !state.path.every((id) => pack.nodes.has(id))) {
      // State written by an older pack (a node was renamed or removed, also by a reload): start again from the top.
      state.path = [pack.tree.root];
    }
    return state as GuidelineDialogState;
  }

  private async step(dc: DialogContext, state: GuidelineDialogState, options: GuidelineDialogOptions): Promise<void> {
    const { pack } = this.content(dc.context);
    const tree = pack.tree;
    if (options.goTo !== undefined) {
      const next = pack.nodes.has(options.goTo) ? goTo(tree, state.path, options.goTo, options.from) : undefined;
      state.path = next ?? [tree.root];
    } else if (options.back !== undefined) {
      state.path = back(tree, state.path, pack.nodes.has(options.back) ? options.back : current(tree, state.path));
    } else if (options.question !== undefined) {
      await this.answerQuestion(dc, state, options.question);
      return;
    }
    await this.show(dc, state.path);
  }

  private async answerQuestion(dc: DialogContext, state: GuidelineDialogState, question: string): Promise<void> {
    const { lang } = turnInfo(dc.context);
    const { pack, matcher } = this.content(dc.context);
    // Doubt is answered by the guidelines themselves (R5.2.9) when the case's own rule is unclear: see matchQuestion.
    const { doubt, match: result, alsoOffer } = matchQuestion(question, matcher, (nodeId) => pack.nodes.has(nodeId));
    if (result.kind === 'confident') {
      state.path = goTo(pack.tree, state.path, result.nodeId) ?? state.path;
      await this.show(dc, state.path);
      // Doubt in the question: the nearest leader is offered beside the answer (R5.2.9).
      if (doubt && result.nodeId !== UNSURE_NODE) await sendCard(dc.context, doubtCard(lang, result.nodeId));
      // Topics beside the answer: close runners-up, or, beside the answer about doubt, the closest topics of a
      // doubtful case too vague to place (a question asked back, logged as such).
      if (alsoOffer.length > 0) {
        await sendCard(dc.context, suggestionsCard(pack, alsoOffer, lang, question, 'answer'));
        if (doubt && result.nodeId === UNSURE_NODE) await this.unanswered?.record({ text: question, lang, outcome: 'asked-back', nodeIds: alsoOffer });
      }
    } else if (result.kind === 'ambiguous') {
      await sendCard(dc.context, suggestionsCard(pack, result.nodeIds, lang, question));
      await this.unanswered?.record({ text: question, lang, outcome: 'asked-back', nodeIds: result.nodeIds });
    } else {
      await sendCard(dc.context, noMatchCard(pack, lang));
      await this.unanswered?.record({ text: question, lang, outcome: result.reason === 'out-of-scope' ? 'out-of-scope' : 'not-covered', nodeIds: [] });
    }
  }

  /**
   * A step clicked on a menu card replaces that card (one card per walk through the menu); otherwise a new card.
   * An answer is counted (issue 12) with how it was reached, which its "Var dette nyttig?" buttons also carry.
   */
  private async show(dc: DialogContext, path: readonly string[]): Promise<void> {
    const { input, lang } = turnInfo(dc.context);
    const { pack } = this.content(dc.context);
    const reached = howReached(input);
    const card = this.cardFor(pack, path, lang, reached);
    if (input.kind === 'submit' && 'inPlace' in input.submit && input.submit.inPlace) await replaceClickedCard(dc.context, card);
    else await sendCard(dc.context, card);
    const shown = pack.nodes.get(current(pack.tree, path));
    if (shown?.kind === 'answer') await this.tally?.count(shown.id, lang, reached.outcome);
  }

  /**
   * A node's card depends only on the pack, the node, the language, whether Back is offered and how an answer was
   * reached: each card is rendered once per pack and reused (frozen, so no turn can alter it). An answer to a typed
   * question carries that question on its vote buttons, so it is rendered for its turn only.
   */
  private cardFor(pack: GuidelinePack, path: readonly string[], lang: 'nb' | 'en', reached: Reached): AdaptiveCardJson {
    const nodeId = current(pack.tree, path);
    const canGoBack = path.length > 1;
    const key = `${nodeId}|${lang}|${canGoBack}|${reached.outcome}`;
    const cacheable = reached.question === undefined;
    const cache = this.renderedCards.get(pack) ?? new Map<string, AdaptiveCardJson>();
    this.renderedCards.set(pack, cache);
    const cached = cacheable ? cache.get(key) : undefined;
    if (cached) return cached;
    const node = pack.nodes.get(nodeId);
    if (!node) throw new Error('path points outside the tree');
    const card = deepFreeze(node.kind === 'answer' ? answerCard(pack, node, lang, this.sectionLink, { state: 'ask', ...reached }) : questionCard(pack, node, lang, canGoBack));
    if (cacheable) cache.set(key, card);
    return card;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}
