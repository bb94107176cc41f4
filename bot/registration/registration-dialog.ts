/**
 * The registration form as a dialog: its state is the draft (src/registration/registration-drafts.ts), kept
 * with the conversation like every dialog's, so a restart loses nothing. It waits underneath while the user
 * asks questions, walks the menu or asks the leader (dialog-stack.ts); a form button or «registrer profil»
 * brings it back where it was. Card submits reach it through the feature's handlers.
 */
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { z } from 'zod';
import type { RegistrationDraft } from '../../src/registration/registration-drafts';
import { GuidelineDialog } from '../dialogs/guideline-dialog';
import { clearAboveWaiting, waitsUnderneath } from '../dialogs/dialog-stack';
import { turnInfo } from '../turn-info';

const stepName = z.enum(['profile', 'people', 'checklist', 'summary']);
/** The draft's steps were validated when saved; here only its shape is checked (state written by an older version is dropped). */
const draftShape = z.object({ id: z.string().min(1), step: stepName, updatedAt: z.string(), editingRef: z.string().optional() }).loose();

export class RegistrationDialog extends Dialog<RegistrationDraft> {
  static readonly id = 'registration';

  constructor() {
    super(RegistrationDialog.id);
    waitsUnderneath(RegistrationDialog.id);
  }

  /** Ends whatever is above the form and returns its draft; undefined when no form is open. */
  static async surface(dc: DialogContext): Promise<RegistrationDraft | undefined> {
    await clearAboveWaiting(dc);
    if (dc.activeDialog?.id !== RegistrationDialog.id) return undefined;
    return draftShape.safeParse(dc.activeDialog.state).success ? (dc.activeDialog.state as RegistrationDraft) : undefined;
  }

  /** Stores the draft in the form's dialog, opening the form when it is not open. */
  static async save(dc: DialogContext, draft: RegistrationDraft): Promise<void> {
    if (dc.activeDialog?.id === RegistrationDialog.id) dc.activeDialog.state = { ...draft };
    else await dc.beginDialog(RegistrationDialog.id, draft);
  }

  /** The form was sent or cancelled. */
  static async close(dc: DialogContext): Promise<void> {
    if (dc.activeDialog?.id === RegistrationDialog.id) await dc.endDialog();
  }

  override async beginDialog(dc: DialogContext, draft?: RegistrationDraft): Promise<DialogTurnResult> {
    if (!draft) throw new Error('RegistrationDialog needs its draft');
    dc.activeDialog!.state = { ...draft };
    return Dialog.EndOfTurn;
  }

  /** Typed text while the form is open is a question: answered on top, the form waits. */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const { input } = turnInfo(dc.context);
    return dc.beginDialog(GuidelineDialog.id, input.kind === 'text' ? { question: input.text } : undefined);
  }

  /** Back from a question asked meanwhile: the form waits silently for its next button. */
  override async resumeDialog(): Promise<DialogTurnResult> {
    return Dialog.EndOfTurn;
  }
}
