/**
 * Sends an Adaptive Card (JSON from cards/) as a message attachment, or puts it in place of the card the user
 * clicked: a step of the topic menu or of a form replaces its card instead of adding one more to the chat.
 */
import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/render-card';

function cardMessage(card: AdaptiveCardJson): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (typeof card['speak'] === 'string') activity.speak = card['speak'];
  return activity;
}

export async function sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
  await context.sendActivity(cardMessage(card));
}

/** The message whose card the user clicked (an Action.Submit carries it as `replyToId`); undefined for typed text. */
export function clickedCardId(context: TurnContext): string | undefined {
  const { value, replyToId } = context.activity;
  return value !== undefined && value !== null && typeof replyToId === 'string' && replyToId !== '' ? replyToId : undefined;
}

/**
 * Replaces the clicked card with `card` (updateActivity); posts `card` when the turn was not a click or the update
 * fails (a card too old for the client, or a client that cannot update). Returns the id of the message that shows it.
 */
export async function replaceClickedCard(context: TurnContext, card: AdaptiveCardJson): Promise<string | undefined> {
  const clicked = clickedCardId(context);
  if (clicked) {
    try {
      await context.updateActivity({ ...cardMessage(card), id: clicked });
      return clicked;
    } catch {
      // fall through: the card is posted as a new message instead
    }
  }
  return (await context.sendActivity(cardMessage(card)))?.id;
}
