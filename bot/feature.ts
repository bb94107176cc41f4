/**
 * How a workflow plugs into the bot (profile registration, escalation to the nearest leader, …) without the
 * bot's core knowing it: the dialogs it adds, the typed commands and free-text phrases it owns, the card
 * submit and Action.Execute verbs it handles, the hand-offs from answer cards it serves, and the
 * conversation updates it wants to see. Each feature validates its own card data with zod.
 */
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Dialog, DialogContext } from 'botbuilder-dialogs';
import type { HandoffKind } from '../src/guidelines/pack-schema';
import type { Lang } from '../src/i18n/language';

export interface FeatureTurn {
  dc: DialogContext;
  lang: Lang;
}

/** A hand-off from an answer card; `nodeId` is the tree node whose card it came from. */
export type Handoff = (turn: FeatureTurn, nodeId: string | undefined) => Promise<void>;

/** Handles an Action.Submit whose data `verb` the feature owns; `value` is the raw card data, to validate. */
export type SubmitHandler = (turn: FeatureTurn, value: unknown) => Promise<void>;

/** Handles an Action.Execute (adaptiveCard/action invoke); returns the invoke response (updated card or error). */
export type CardActionHandler = (context: TurnContext, data: unknown, lang: Lang) => Promise<AdaptiveCardInvokeResponse>;

/** Handles a typed message the feature recognised; return false to let the bot treat it as a question. */
export type TextHandler = (turn: FeatureTurn, text: string) => Promise<boolean>;

export interface BotFeature {
  name: string;
  dialogs?: Dialog[];
  handoffs?: Partial<Record<HandoffKind, Handoff>>;
  /** Action.Submit verbs, e.g. { 'registration.submit': handler }. */
  submits?: Record<string, SubmitHandler>;
  /** Action.Execute verbs, e.g. { 'registration.acknowledge': handler }. */
  cardActions?: Record<string, CardActionHandler>;
  /** Called for typed text that is not one of the core commands, before it is treated as a question. */
  onText?: TextHandler;
  /** Called on every conversationUpdate (bot installed in a team, members added, …). */
  onConversationUpdate?: (context: TurnContext) => Promise<void>;
}
