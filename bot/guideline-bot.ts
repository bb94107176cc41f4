/**
 * The Teams activity handler: turns an incoming activity into a TurnInput, applies the guards (message
 * length, personal identity numbers), picks the language, and routes the turn to the right dialog.
 * Conversation and user state are saved once at the end of every turn.
 */
import {
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import { DialogSet, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, InvokeResponse } from 'botbuilder';
import { z } from 'zod';
import type { UnansweredLog } from '../src/feedback/unanswered-log';
import { handleFeedbackSubmit, isFeedbackSubmit, type AnswerFeedback } from './feedback/answer-feedback';
import type { HandoffKind } from '../src/guidelines/pack-schema';
import { chooseLang, guessLanguage, type Lang } from '../src/i18n/language';
import { uiText } from '../src/i18n/ui-text';
import { containsPersonalId } from '../src/privacy/personal-id-guard';
import type { SectionLinker } from '../src/tab/section-links';
import { helpCard, welcomeCard } from '../cards/guideline-cards';
import { clearAboveWaiting } from './dialogs/dialog-stack';
import { GuidelineDialog } from './dialogs/guideline-dialog';
import { smallTalkOf } from '../src/conversation/small-talk';
import { conversationText } from '../src/i18n/conversation-text';
import type { BotFeature, CardActionHandler, FeatureTurn, Handoff, SubmitHandler } from './feature';
import { errorResponse } from './invoke/invoke-responses';
import { sendCard } from './send-card';
import type { TurnContent } from './turn-content';
import { setTurnInfo } from './turn-info';
import { parseTurnInput, type TurnInput } from './turn-input';

/** An Action.Execute invoke value as Teams sends it; `data` is the card's, checked by the feature that owns the verb. */
const actionExecute = z.looseObject({
  action: z.looseObject({ type: z.literal('Action.Execute'), verb: z.string(), id: z.string().optional(), data: z.unknown().optional() }),
  authentication: z.unknown().optional(),
  state: z.string().optional(),
});

/** Longest question we try to match; longer messages get a friendly request to shorten. */
export const MAX_MESSAGE_CHARS = 1000;

export interface UserProfile {
  /** Explicit choice ("english" / "norsk"). */
  lang?: Lang;
  /** The language the user last wrote a question in. */
  recentLang?: Lang;
  welcomed?: boolean;
}

export interface GuidelineBotDeps {
  /** The guideline pack and matcher of a turn: one snapshot of the live pack per turn (turn-content.ts). */
  content: TurnContent;
  conversationState: ConversationState;
  userState: UserState;
  /** Workflows plugged into the conversation (registration, escalation). */
  features?: BotFeature[];
  /** The log of questions the bot could not answer, for the guideline owner (issue 12). */
  unanswered?: UnansweredLog;
  /** "Var dette nyttig?" votes on answers and how often each answer is shown (issue 12, bot/feedback/). */
  feedback?: AnswerFeedback;
  /** Where answer cards' "Les hele punkt …" links point (the guideline tab); no link when absent. */
  sectionLink?: SectionLinker;
}

export class GuidelineBot extends TeamsActivityHandler {
  private readonly dialogs: DialogSet;
  private readonly profile: StatePropertyAccessor<UserProfile>;
  private readonly features: BotFeature[];
  private readonly submits = new Map<string, SubmitHandler>();
  private readonly cardActions = new Map<string, CardActionHandler>();
  private readonly handoffs = new Map<HandoffKind, Handoff>();

  constructor(private readonly deps: GuidelineBotDeps) {
    super();
    const dialogState: StatePropertyAccessor<DialogState> = deps.conversationState.createProperty('dialogState');
    this.profile = deps.userState.createProperty<UserProfile>('profile');
    this.dialogs = new DialogSet(dialogState).add(new GuidelineDialog(deps.content, deps.sectionLink, deps.unanswered, deps.feedback?.tally));
    this.features = deps.features ?? [];
    for (const feature of this.features) {
      feature.dialogs?.forEach((dialog) => this.dialogs.add(dialog));
      Object.entries(feature.submits ?? {}).forEach(([verb, handler]) => this.submits.set(verb, handler));
      Object.entries(feature.cardActions ?? {}).forEach(([verb, handler]) => this.cardActions.set(verb, handler));
      for (const [kind, handoff] of Object.entries(feature.handoffs ?? {}) as [HandoffKind, Handoff | undefined][]) {
        if (handoff) this.handoffs.set(kind, handoff);
      }
    }

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === context.activity.recipient.id);
      if (botAdded && context.activity.conversation.conversationType === 'personal') await this.welcome(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      for (const feature of this.features) await feature.onConversationUpdate?.(context);
      await next();
    });
  }

  /**
   * Invokes. The bot handles one kind, Action.Execute (`adaptiveCard/action`); a malformed one gets a 400 error
   * response. Every other invoke (message extensions, task modules, sign-in, names Teams adds later) is answered
   * 200 with no body rather than the SDK's 501 "not implemented", which Teams shows as a failure.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return { status: 200 };
    const parsed = actionExecute.safeParse(context.activity.value);
    const response = parsed.success
      ? await this.onAdaptiveCardInvoke(context, {
          action: { type: parsed.data.action.type, id: parsed.data.action.id ?? '', verb: parsed.data.action.verb, data: parsed.data.action.data as Record<string, unknown> },
          authentication: parsed.data.authentication as AdaptiveCardInvokeValue['authentication'],
          state: parsed.data.state ?? '',
        })
      : errorResponse(400, 'BadRequest', uiText(await this.invokeLang(context)).unknownCardAction);
    return { status: response.statusCode, body: response };
  }

  /** Action.Execute: one handler per verb, owned by a feature; unknown verbs get a 400 error response. */
  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const lang = await this.invokeLang(context);
    const handler = this.cardActions.get(invokeValue.action.verb);
    if (!handler) return errorResponse(400, 'UnknownAction', uiText(lang).unknownCardAction);
    return handler(context, invokeValue.action.data, lang);
  }

  private async invokeLang(context: TurnContext): Promise<Lang> {
    const profile = await this.profile.get(context, {});
    return chooseLang({ preference: profile.lang, recent: profile.recentLang });
  }

  override async run(context: TurnContext): Promise<void> {
    this.deps.content(context); // the turn's pack, taken once before anything reads it
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const profile = await this.profile.get(context, {});
    const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
    const input = parseTurnInput(context.activity, text, new Set(this.submits.keys()));
    const lang = this.languageFor(profile, input, text.trim());
    const t = uiText(lang);
    setTurnInfo(context, { input, lang });

    if (input.kind === 'text' && input.text.length > MAX_MESSAGE_CHARS) {
      await context.sendActivity(t.tooLong(MAX_MESSAGE_CHARS));
      return;
    }
    if (input.kind === 'text' && containsPersonalId(input.text)) {
      await context.sendActivity(t.personalId);
      return;
    }
    if (!profile.welcomed) {
      profile.welcomed = true;
      if (input.kind === 'empty' || (input.kind === 'command' && (input.command === 'greeting' || input.command === 'menu'))) {
        await sendCard(context, welcomeCard(this.deps.content(context).pack, lang));
        return;
      }
    }
    await this.route(context, input, profile, lang);
  }

  private async route(context: TurnContext, input: TurnInput, profile: UserProfile, lang: Lang): Promise<void> {
    const t = uiText(lang);
    const dc = await this.dialogs.createContext(context);
    switch (input.kind) {
      case 'empty':
        await context.sendActivity(t.emptyMessage);
        return;
      case 'feature-submit':
        await this.submits.get(input.verb)?.({ dc, lang }, input.value);
        return;
      case 'invalid-submit':
        await context.sendActivity(t.unknownCardAction);
        await this.restart(dc);
        return;
      case 'command':
        switch (input.command) {
          case 'help':
            await sendCard(context, helpCard(lang));
            return;
          case 'english':
          case 'norwegian':
            profile.lang = input.command === 'english' ? 'en' : 'nb';
            await context.sendActivity(uiText(profile.lang).languageSet);
            return;
          case 'greeting':
            await sendCard(context, welcomeCard(this.deps.content(context).pack, lang));
            return;
          case 'menu':
          case 'restart':
            await this.restart(dc);
            return;
          case 'back':
            break;
        }
        break;
      case 'submit':
        if (input.submit.verb === 'tree.restart') {
          await this.restart(dc);
          return;
        }
        if (input.submit.verb === 'handoff') {
          // The card's own answer, or none (help, no-match): never the card the user happened to look at last.
          await this.handoff({ dc, lang }, input.submit.kind, input.submit.node);
          return;
        }
        if (isFeedbackSubmit(input.submit)) {
          // A vote on an answer card: the dialogs are left as they are (a form may be waiting).
          await handleFeedbackSubmit(this.deps.feedback, { context, lang, pack: this.deps.content(context).pack, sectionLink: this.deps.sectionLink }, input.submit);
          return;
        }
        if (dc.activeDialog?.id !== GuidelineDialog.id) {
          await clearAboveWaiting(dc);
          await dc.beginDialog(GuidelineDialog.id, input.submit.verb === 'tree.go' ? { goTo: input.submit.node, from: input.submit.from } : { back: input.submit.node });
          return;
        }
        break;
      case 'text': {
        const talk = smallTalkOf(input.text);
        if (talk) {
          await context.sendActivity(conversationText(lang).smallTalk[talk]);
          return;
        }
        for (const feature of this.features) {
          if (await feature.onText?.({ dc, lang }, input.text)) return;
        }
        if (!dc.activeDialog) {
          await dc.beginDialog(GuidelineDialog.id, { question: input.text });
          return;
        }
        break;
      }
    }
    const result = await dc.continueDialog();
    if (result.status === 'empty') await dc.beginDialog(GuidelineDialog.id);
  }

  /** The menu from the top; a form half filled in waits underneath (dialog-stack.ts). */
  private async restart(dc: DialogContext): Promise<void> {
    await clearAboveWaiting(dc);
    await dc.beginDialog(GuidelineDialog.id);
  }

  private async handoff(turn: FeatureTurn, kind: HandoffKind, nodeId: string | undefined): Promise<void> {
    const handler = this.handoffs.get(kind);
    if (handler) await handler(turn, nodeId);
    else await turn.dc.context.sendActivity(uiText(turn.lang).handoffNotReady);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const profile = await this.profile.get(context, {});
    const lang = chooseLang({ preference: profile.lang, recent: profile.recentLang });
    setTurnInfo(context, { input: { kind: 'empty' }, lang });
    profile.welcomed = true;
    await sendCard(context, welcomeCard(this.deps.content(context).pack, lang));
  }

  /** Bokmål unless the user writes English or chose it; a greeting or a typed command counts as writing (ADR 0070). */
  private languageFor(profile: UserProfile, input: TurnInput, typed: string): Lang {
    if (input.kind === 'command' && input.command === 'english') return 'en';
    if (input.kind === 'command' && input.command === 'norwegian') return 'nb';
    const text = input.kind === 'text' || input.kind === 'command' ? typed : undefined;
    const written = text ? guessLanguage(text) : undefined;
    if (written) profile.recentLang = written;
    return chooseLang({ preference: profile.lang, recent: profile.recentLang, text });
  }
}
