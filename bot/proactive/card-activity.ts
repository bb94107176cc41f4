/**
 * An Adaptive Card or a sentence as the Bot Framework activity the outbox sends (JSON, with the card's
 * `speak` text for screen readers).
 */
import type { AdaptiveCardJson } from '../../cards/render-card';
import type { OutboundActivity } from '../../src/outbox/outbox-item';

export const cardActivity = (card: AdaptiveCardJson): OutboundActivity => ({
  type: 'message',
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  ...(typeof card['speak'] === 'string' ? { speak: card['speak'] } : {}),
});

export const textActivity = (text: string): OutboundActivity => ({ type: 'message', text });
