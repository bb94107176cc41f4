/**
 * Invoke responses for Action.Execute (adaptiveCard/action), as Teams expects them: an updated card
 * (200, application/vnd.microsoft.card.adaptive) or an error (application/vnd.microsoft.error)
 * with a safe, user-facing message — never an internal error text.
 */
import type { AdaptiveCardInvokeResponse } from 'botbuilder';
import type { AdaptiveCardJson } from '../../cards/render-card';

export function cardResponse(card: AdaptiveCardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

export function errorResponse(statusCode: 400 | 403 | 404 | 409 | 412 | 500, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}
