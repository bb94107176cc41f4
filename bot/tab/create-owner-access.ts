/**
 * The owner tab's dependencies from the bot's own pieces: the shared SSO verifier, the owner group from the
 * configuration, the report read from the feedback stores with the live pack, and the review queue. Local mode
 * (no app id, no SSO) reads as the first configured owner, or a local stand-in, labelled so on the page.
 */
import type { AppConfig } from '../../src/config/config-schema';
import type { AnswerTally } from '../../src/feedback/answer-tally';
import type { AnswerVotes } from '../../src/feedback/answer-votes';
import { ownerReportSource } from '../../src/feedback/owner-report-source';
import { ReviewQueue } from '../../src/feedback/review-queue';
import type { UnansweredLog } from '../../src/feedback/unanswered-log';
import type { PackSource } from '../../src/guidelines/live-pack';
import type { KeyValueStore } from '../../src/storage/key-value-store';
import type { OwnerAccessDeps } from '../../src/tab/owner-access';
import type { TokenVerifier } from '../../src/tab/sso-verifier';

/** The stores the bot's feedback writes to, shared with the report. */
export interface OwnerFeedbackStores {
  tally: AnswerTally;
  votes: AnswerVotes;
  unanswered: UnansweredLog;
}

export interface OwnerAccessParts {
  config: AppConfig;
  content: PackSource;
  store: KeyValueStore;
  feedback: OwnerFeedbackStores;
  now: () => Date;
  verify?: TokenVerifier;
  localMode: boolean;
}

export function createOwnerAccess(parts: OwnerAccessParts): OwnerAccessDeps {
  const { config, content, store, feedback, now } = parts;
  return {
    verify: parts.verify,
    access: { groupId: config.feedback.owner.groupId, memberObjectIds: config.feedback.owner.memberObjectIds },
    localUser: parts.localMode ? { objectId: config.feedback.owner.memberObjectIds[0] ?? 'local-owner', tenantId: 'local', groups: [] } : undefined,
    report: ownerReportSource({ ...feedback, snapshot: () => content.current() }),
    reviewQueue: new ReviewQueue(store, now),
    isAnswerNode: (nodeId) => content.current().pack.nodes.get(nodeId)?.kind === 'answer',
    now,
  };
}
