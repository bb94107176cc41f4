/**
 * Where the owner's report comes from: the answer tally, the votes and the unanswered log as stored, with the
 * live guideline pack for titles and rule ids and its matcher for the closest answer of a question logged
 * without one. Read per request; nothing is cached.
 */
import type { GuidelinePack } from '../guidelines/guideline-pack';
import type { Lang } from '../i18n/language';
import type { QuestionMatcher } from '../matching/question-matcher';
import type { AnswerTally } from './answer-tally';
import type { AnswerVotes } from './answer-votes';
import { ownerReport, type OwnerReport, type ReportPeriod } from './owner-report';
import type { UnansweredLog } from './unanswered-log';

export type OwnerReportSource = (period: ReportPeriod, lang: Lang) => Promise<OwnerReport>;

export interface OwnerReportStores {
  tally: Pick<AnswerTally, 'rows'>;
  votes: Pick<AnswerVotes, 'all'>;
  unanswered: Pick<UnansweredLog, 'entries'>;
  /** The pack and matcher live now. */
  snapshot: () => { pack: GuidelinePack; matcher: Pick<QuestionMatcher, 'rank'> };
}

export function ownerReportSource(stores: OwnerReportStores): OwnerReportSource {
  return async (period, lang) => {
    const [tally, votes, unanswered] = await Promise.all([stores.tally.rows(), stores.votes.all(), stores.unanswered.entries()]);
    const { pack, matcher } = stores.snapshot();
    const closestNodes = (text: string): string[] => matcher.rank(text).filter((r) => r.evidence > 0).map((r) => r.nodeId);
    return ownerReport({ pack, tally, votes, unanswered, period, lang, closestNodes });
  };
}
