/**
 * The owner's report as pure functions over what the bot keeps (issue 12, item 3): counts per answer node split by
 * how the answer was reached, 👍/👎 and the "Hva manglet?" texts with the node's title and rules from the pack;
 * failed questions grouped by the node they came closest to (logged, else the matcher's ranking); out-of-scope
 * questions grouped by their shared word; everything inside the period only.
 */
import type { AnswerVote } from '../../src/feedback/answer-votes';
import type { TallyRow } from '../../src/feedback/answer-tally';
import { lastDays, ownerReport, previousMonth, type ReportInput } from '../../src/feedback/owner-report';
import { contentWords, groupByWords } from '../../src/feedback/owner-topics';
import type { UnansweredEntry } from '../../src/feedback/unanswered-log';
import { loadGuidelinePack } from '../../src/guidelines/load-pack';

const pack = loadGuidelinePack();
const NOW = new Date('2026-03-20T12:00:00Z');

const tally: TallyRow[] = [
  { day: '2026-03-19', nodeId: 'picture-consent', lang: 'nb', outcome: 'matched', count: 3 },
  { day: '2026-03-19', nodeId: 'picture-consent', lang: 'en', outcome: 'chosen', count: 1 },
  { day: '2026-03-20', nodeId: 'picture-consent', lang: 'nb', outcome: 'menu', count: 2 },
  { day: '2026-03-18', nodeId: 'answer-politely', lang: 'nb', outcome: 'matched', count: 1 },
  // outside the last 7 days
  { day: '2026-01-02', nodeId: 'answer-politely', lang: 'nb', outcome: 'matched', count: 40 },
];

const vote = (nodeId: string, v: 'up' | 'down', at: string, missing?: string): AnswerVote => ({ at, nodeId, ruleIds: [], lang: 'nb', outcome: 'matched', vote: v, ...(missing ? { missing } : {}) });
const votes: AnswerVote[] = [
  vote('picture-consent', 'up', '2026-03-19T09:00:00Z'),
  vote('picture-consent', 'down', '2026-03-19T10:00:00Z', 'Hva med bilder fra foreldremøter?'),
  vote('picture-consent', 'down', '2026-03-19T11:00:00Z'),
  vote('answer-politely', 'down', '2026-01-03T11:00:00Z', 'utenfor perioden'),
];

const entry = (text: string, outcome: UnansweredEntry['outcome'], nodeIds: string[] = [], at = '2026-03-19T12:00:00Z'): UnansweredEntry => ({ at, text, lang: 'nb', outcome, nodeIds });
const unanswered: UnansweredEntry[] = [
  entry('Kan jeg poste bilde av klassen?', 'asked-back', ['picture-consent', 'picture-colleagues']),
  entry('bilder av vikarer på tur', 'disliked', ['picture-consent']),
  entry('hvem betaler for kaffen på møtet', 'not-covered'),
  entry('Hvordan søker jeg ferie i Visma?', 'out-of-scope'),
  entry('ferie i sommer, hvor mange dager?', 'out-of-scope'),
  entry('Hvor er kantina?', 'out-of-scope'),
  entry('gammel', 'asked-back', ['answer-politely'], '2025-12-01T00:00:00Z'),
];

const input = (extra: Partial<ReportInput> = {}): ReportInput => ({ pack, tally, votes, unanswered, period: lastDays(NOW, 7), lang: 'nb', ...extra });

describe("the owner's report", () => {
  it('counts each answer node by how it was reached, with its votes, missing texts, title and rules', () => {
    const report = ownerReport(input());
    const consent = report.answers.find((a) => a.nodeId === 'picture-consent');
    expect(consent).toEqual({
      nodeId: 'picture-consent',
      title: 'Samtykke til identifiserbare bilder',
      ruleIds: ['R4.4.4'],
      answered: { matched: 3, chosen: 1, menu: 2, total: 6 },
      up: 1,
      down: 2,
      missing: ['Hva med bilder fra foreldremøter?'],
    });
    expect(report.answers[0]?.nodeId).toBe('picture-consent');
    const politely = report.answers.find((a) => a.nodeId === 'answer-politely');
    expect(politely?.answered.total).toBe(1);
    expect(politely?.down).toBe(0);
    // every answer node of the pack has a row, asked or not
    expect(report.answers.length).toBe(pack.tree.nodes.filter((n) => n.kind === 'answer').length);
    expect(ownerReport(input({ lang: 'en' })).answers[0]?.title).toBe('Consent for identifiable pictures');
  });

  it('groups failed questions by the node they came closest to; unlogged ones by the matcher, the rest last', () => {
    const report = ownerReport(input({ closestNodes: (text) => (text.includes('kaffen') ? ['answer-politely'] : []) }));
    expect(report.failed.map((g) => [g.nodeId, g.title, g.questions.map((q) => q.text)])).toEqual([
      ['picture-consent', 'Samtykke til identifiserbare bilder', ['Kan jeg poste bilde av klassen?', 'bilder av vikarer på tur']],
      ['answer-politely', 'Svar saklig og høflig', ['hvem betaler for kaffen på møtet']],
    ]);
    expect(report.failed[1]?.questions[0]).toMatchObject({ outcome: 'not-covered', nodeIds: ['answer-politely'], nodesGuessed: true });
    expect(report.failed[0]?.questions[0]).toMatchObject({ outcome: 'asked-back', nodeIds: ['picture-consent', 'picture-colleagues'], nodesGuessed: false });
    const withoutMatcher = ownerReport(input());
    expect(withoutMatcher.failed.at(-1)).toMatchObject({ nodeId: undefined, questions: [{ text: 'hvem betaler for kaffen på møtet', nodeIds: [] }] });
  });

  it('groups out-of-scope questions by the word most of them share', () => {
    const report = ownerReport(input());
    expect(report.outOfScope.map((g) => [g.word, g.questions.map((q) => q.text)])).toEqual([
      ['ferie', ['Hvordan søker jeg ferie i Visma?', 'ferie i sommer, hvor mange dager?']],
      ['kantina', ['Hvor er kantina?']],
    ]);
  });

  it('counts only inside the period: the previous calendar month for the monthly summary', () => {
    const march = previousMonth(new Date('2026-04-01T00:05:00Z'));
    expect([march.from.toISOString(), march.to.toISOString()]).toEqual(['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z']);
    const january = ownerReport(input({ period: previousMonth(new Date('2026-02-10T00:00:00Z')) }));
    expect(january.answers.find((a) => a.nodeId === 'answer-politely')).toMatchObject({ answered: { total: 40 }, down: 1, missing: ['utenfor perioden'] });
    expect(january.answers.find((a) => a.nodeId === 'picture-consent')?.answered.total).toBe(0);
    expect(january.failed).toEqual([]);
    expect(january.outOfScope).toEqual([]);
  });
});

describe('out-of-scope topics', () => {
  it('keeps content words only: no stop words, numbers or short words', () => {
    expect(contentWords('Hvordan søker jeg ferie i Visma 2026?')).toEqual(['søker', 'ferie', 'visma']);
    expect(contentWords('Can I book the meeting room?')).toEqual(['book', 'meeting', 'room']);
    expect(contentWords('Hvilket kamera bør vi kjøpe til kulturhuset?')).toEqual(['kamera', 'kjøpe', 'kulturhuset']);
  });

  it('puts questions without a content word in a last group', () => {
    expect(groupByWords([{ text: 'hva er det?' }, { text: 'parkering' }])).toEqual([{ word: 'parkering', questions: [{ text: 'parkering' }] }, { word: undefined, questions: [{ text: 'hva er det?' }] }]);
  });
});
