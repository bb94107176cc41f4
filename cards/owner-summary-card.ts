/**
 * The monthly summary card for the IT channel: the month, its top unanswered topics and the answers with most
 * 👎, as numbered lines of text (no meaning by colour; the card's `speak` reads the same), and a link to the
 * owner tab. Bokmål: the IT channel's language.
 */
import type { MonthlySummary, SummaryTopic } from '../src/feedback/monthly-summary';
import { fill, ownerText } from '../src/i18n/owner-text';
import { renderCard, type AdaptiveCardJson } from './render-card';

export interface OwnerSummaryCardData {
  title: string;
  intro: string;
  topicsHeading: string;
  topics: { line: string }[];
  dislikedHeading: string;
  disliked: { line: string }[];
  links: { title: string; url: string }[];
  speak: string;
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "2026-03" → "mars 2026". */
export function monthName(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`;
}

function topicLabel(topic: SummaryTopic, none: string): string {
  if (topic.kind === 'near-answer') return `nær «${topic.label}»`;
  if (topic.kind === 'out-of-scope') return `«${topic.label}» (utenfor retningslinjene)`;
  return none;
}

export function ownerSummaryCard(summary: MonthlySummary, ownerTabUrl?: string): AdaptiveCardJson {
  const t = ownerText('nb');
  const numbered = (lines: string[]): { line: string }[] => (lines.length === 0 ? [{ line: t.summaryCardNone }] : lines.map((line, i) => ({ line: `${i + 1}. ${line}` })));
  const topics = numbered(summary.topics.map((topic) => fill(t.summaryCardTopicLine, { label: topicLabel(topic, t.failedNone), count: topic.count })));
  const disliked = numbered(summary.disliked.map((a) => fill(t.summaryCardDislikedLine, { title: a.title, down: a.down, votes: a.votes })));
  const title = fill(t.summaryCardTitle, { month: monthName(summary.month) });
  const data: OwnerSummaryCardData = {
    title,
    intro: t.summaryCardIntro,
    topicsHeading: t.summaryCardTopics,
    topics,
    dislikedHeading: t.summaryCardDisliked,
    disliked,
    links: ownerTabUrl ? [{ title: t.summaryCardOpen, url: ownerTabUrl }] : [],
    speak: [title, t.summaryCardTopics, ...topics.map((l) => l.line), t.summaryCardDisliked, ...disliked.map((l) => l.line)].join('. '),
  };
  return renderCard('owner-summary', data);
}
