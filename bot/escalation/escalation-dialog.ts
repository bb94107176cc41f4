/**
 * The short conversation before a case exists: the user describes it, then confirms or picks the leader.
 * Its state (the draft, already through the personal-data guard) lives in the conversation state like any
 * dialog's; typed text and card submits reach it through the feature (escalation-flow.ts).
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import { escalationText } from '../../src/i18n/escalation-text';
import { describeCard } from '../../cards/escalation-cards';
import { sendCard } from '../send-card';
import { turnInfo } from '../turn-info';

const draftSchema = z.object({
  /** The idempotency key of the submit: the case gets this id, so the draft can be sent once only. */
  id: z.string().uuid(),
  stage: z.enum(['describe', 'choose']),
  topic: z.object({ nodeId: z.string(), title: z.string() }).optional(),
  ruleIds: z.array(z.string()),
  description: z.string().optional(),
  link: z.string().optional(),
  /** Started without a topic (typed «spør leder», the help card): the description's topic is looked up. */
  topicFromDescription: z.boolean().optional(),
});
export type EscalationDraft = z.infer<typeof draftSchema>;

export type EscalationDialogOptions = Pick<EscalationDraft, 'id' | 'topic' | 'ruleIds' | 'topicFromDescription'>;

export class EscalationDialog extends Dialog<EscalationDialogOptions> {
  static readonly id = 'escalation';

  constructor() {
    super(EscalationDialog.id);
  }

  /** The draft of the dialog on top of the stack, if it is this one. */
  static draft(dc: DialogContext): EscalationDraft | undefined {
    if (dc.activeDialog?.id !== EscalationDialog.id) return undefined;
    const parsed = draftSchema.safeParse(dc.activeDialog.state);
    return parsed.success ? parsed.data : undefined;
  }

  static save(dc: DialogContext, draft: EscalationDraft): void {
    if (dc.activeDialog?.id === EscalationDialog.id) dc.activeDialog.state = { ...draft };
  }

  override async beginDialog(dc: DialogContext, options?: EscalationDialogOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('EscalationDialog needs its options (draft id, topic, rules)');
    const draft: EscalationDraft = { id: options.id, stage: 'describe', topic: options.topic, ruleIds: options.ruleIds, topicFromDescription: options.topicFromDescription };
    dc.activeDialog!.state = { ...draft };
    await sendCard(dc.context, describeCard(turnInfo(dc.context).lang, draft.topic?.title, draft.ruleIds));
    return Dialog.EndOfTurn;
  }

  /** Anything but the description or a card of this flow (a command, a menu click) ends the draft. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await dc.context.sendActivity(escalationText(turnInfo(dc.context).lang).cancelled);
    return dc.endDialog();
  }
}
