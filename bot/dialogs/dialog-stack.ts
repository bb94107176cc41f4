/**
 * How the bot's dialogs share the stack: a workflow form half filled in (the registration form) waits
 * underneath while the user asks questions, walks the menu or asks the leader; everything else is replaced.
 * `clearAboveWaiting` is what the menu, a new topic or a form button does first.
 */
import type { DialogContext } from 'botbuilder-dialogs';

const waiting = new Set<string>();

/** Marks a dialog as one that waits underneath other dialogs instead of being cancelled by them. */
export function waitsUnderneath(dialogId: string): void {
  waiting.add(dialogId);
}

/** Ends every dialog above the waiting form, or every dialog when no form waits. */
export async function clearAboveWaiting(dc: DialogContext): Promise<void> {
  if (!dc.stack.some((instance) => waiting.has(instance.id))) {
    await dc.cancelAllDialogs();
    return;
  }
  while (dc.activeDialog && !waiting.has(dc.activeDialog.id)) await dc.endDialog();
}
