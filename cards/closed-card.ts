/**
 * A finished card: what a form or a draft card turns into once it is sent or cancelled — its title, its outcome in
 * words ("✅ Sendt til IT som SOME-2026-0001", "✖ Avbrutt") and a few lines, with no buttons left to press.
 */
import { renderCard, type AdaptiveCardJson } from './render-card';

export interface ClosedCardData {
  title: string;
  /** The outcome, in words (a mark in front, never colour alone). */
  status: string;
  lines: { line: string }[];
  speakLines: string;
}

export function closedCard(title: string, status: string, lines: readonly string[] = []): AdaptiveCardJson {
  const data: ClosedCardData = { title, status, lines: lines.map((line) => ({ line })), speakLines: [status, ...lines].join(' ') };
  return renderCard('closed', data);
}
