/**
 * Validates card JSON with the official adaptivecards library (schema 1.5, as Teams renders it): every parse
 * and validation event as a readable message; an empty list means the card is valid.
 */
import * as AC from 'adaptivecards';
import type { AdaptiveCardJson } from '../../cards/render-card';

export function validationErrors(card: AdaptiveCardJson): string[] {
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  const errors: string[] = [];
  for (let i = 0; i < context.eventCount; i++) errors.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) errors.push(`validate: ${event.message}`);
  return errors;
}
