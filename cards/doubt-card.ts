/**
 * The offer beside an answer when the question expresses doubt: R5.2.9 says doubtful cases go to the nearest
 * leader, so the escalation is one click away, carrying the answer's topic and rules.
 */
import { conversationText } from '../src/i18n/conversation-text';
import type { Lang } from '../src/i18n/language';
import { renderCard, type AdaptiveCardJson } from './render-card';

export interface DoubtCardData {
  speak: string;
  title: string;
  body: string;
  citation: string;
  askLeader: string;
  /** The answer the doubt is about: its topic and rules go with the case. */
  node: string;
}

export function doubtCard(lang: Lang, nodeId: string): AdaptiveCardJson {
  const t = conversationText(lang);
  const data: DoubtCardData = { speak: `${t.doubtTitle} ${t.doubtBody}`, title: t.doubtTitle, body: t.doubtBody, citation: t.doubtCitation, askLeader: t.askLeader, node: nodeId };
  return renderCard('doubt', data);
}
