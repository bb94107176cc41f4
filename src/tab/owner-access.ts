/**
 * The owner tab's API story: the protected tabs' access check (tab-access.ts) with the owner group
 * (OWNER_GROUP_ID, OWNER_MEMBER_AAD_IDS), then the report for the chosen period, or a proposed example put in the
 * review queue (validated with the queue's own schema; the node must be an answer node of the live pack).
 * Local mode answers as the local owner, labelled so on the page.
 */
import { lastDays, type ReportPeriod } from '../feedback/owner-report';
import type { OwnerReport } from '../feedback/owner-report';
import type { OwnerReportSource } from '../feedback/owner-report-source';
import { reviewProposal, type ReviewItem, type ReviewQueue } from '../feedback/review-queue';
import type { Lang } from '../i18n/language';
import { ownerText } from '../i18n/owner-text';
import { DEFAULT_PERIOD, OWNER_PERIODS } from './owner-page';
import type { TabUser } from './sso-verifier';
import { checkTabAccess, type AccessTexts, type TabAccessDeps, type TabRefusal } from './tab-access';

export interface OwnerAccessDeps extends TabAccessDeps {
  report: OwnerReportSource;
  reviewQueue: Pick<ReviewQueue, 'propose'>;
  /** Whether a node id names an answer node of the live pack. */
  isAnswerNode: (nodeId: string) => boolean;
  now: () => Date;
}

export type OwnerReportAnswer = { status: 200; user: TabUser; report: OwnerReport } | TabRefusal;
export type ProposalAnswer = { status: 201; item: ReviewItem } | { status: 400; code: 'bad-request'; message: string } | TabRefusal;

export function ownerAccessTexts(lang: Lang): AccessTexts {
  const t = ownerText(lang);
  return { notSignedIn: t.notSignedIn, notMember: t.notOwner, notConfigured: t.notConfigured };
}

/** 7, 30 or 180 days; anything else is the default 30. */
export function periodOf(days: string, now: Date): ReportPeriod {
  const wanted = Number(days);
  return lastDays(now, OWNER_PERIODS.find((d) => d === wanted) ?? DEFAULT_PERIOD);
}

export async function readOwnerReport(deps: OwnerAccessDeps, authorization: string | undefined, lang: Lang, days: string): Promise<OwnerReportAnswer> {
  const access = await checkTabAccess(deps, authorization, ownerAccessTexts(lang));
  if (access.status !== 200) return access;
  return { status: 200, user: access.user, report: await deps.report(periodOf(days, deps.now()), lang) };
}

export async function proposeExample(deps: OwnerAccessDeps, authorization: string | undefined, lang: Lang, body: unknown): Promise<ProposalAnswer> {
  const access = await checkTabAccess(deps, authorization, ownerAccessTexts(lang));
  if (access.status !== 200) return access;
  const proposal = reviewProposal.safeParse(body);
  if (!proposal.success || !deps.isAnswerNode(proposal.data.nodeId)) return { status: 400, code: 'bad-request', message: ownerText(lang).badProposal };
  return { status: 201, item: await deps.reviewQueue.propose(proposal.data) };
}
