/**
 * Sends an Adaptive Card (JSON from cards/) as a message attachment.
 */
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/render-card';

export async function sendCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (typeof card['speak'] === 'string') activity.speak = card['speak'];
  await context.sendActivity(activity);
}
