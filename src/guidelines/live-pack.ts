/**
 * The guideline pack the bot answers with, replaceable while it runs (ADR 0091). `current()` is an immutable
 * snapshot — pack, matcher, version — that a turn or request takes once and uses throughout. `reload()` reads the
 * content folder again, runs the same check as `npm run validate:content`, builds the matcher, and swaps the snapshot
 * in one assignment only when all of that succeeded; otherwise it logs one line with the problems and the snapshot
 * that was live stays live.
 */
import type { Logger } from '../logging/logger';
import { loadOutOfScopePhrasings } from '../matching/out-of-scope';
import { QuestionMatcher } from '../matching/question-matcher';
import { Synonyms } from '../matching/synonyms';
import type { WeightStore } from '../matching/weight-store';
import { checkContent } from './check-content';
import type { GuidelinePack } from './guideline-pack';
import { GuidelinePackError } from './load-pack';
import { packVersion } from './pack-version';

export interface PackSnapshot {
  readonly pack: GuidelinePack;
  readonly matcher: QuestionMatcher;
  /** The content folder's hash (pack-version.ts). */
  readonly version: string;
  readonly loadedAt: string;
}

/** Where consumers get the pack from: the live holder, or a fixed snapshot in tests. */
export interface PackSource {
  current(): PackSnapshot;
}

/** What /healthz reports: the live pack, and the last change that was refused (if any). */
export interface ContentStatus {
  version: string;
  loadedAt: string;
  lastRefused?: { at: string; version: string; problems: number };
}

export type ReloadOutcome = { kind: 'loaded'; version: string } | { kind: 'unchanged' } | { kind: 'refused'; problems: string[] };

/**
 * The matcher last built and the content version it was built from. The version hashes every content file and
 * training is deterministic, so a bot started again in the same process (the tests start many) reuses it
 * instead of training the same model again; a matcher is never changed after it is built.
 */
let lastBuilt: { version: string; matcher: QuestionMatcher } | undefined;

/** Loads, checks and indexes the folder: a snapshot, or every problem found. */
export function buildSnapshot(dir: string, now: Date, weightStore?: WeightStore): { snapshot: PackSnapshot } | { problems: string[]; version: string } {
  const { version, loadedAt } = packVersion(dir, now);
  const checked = checkContent(dir);
  if (!checked.ok) return { problems: checked.problems, version };
  try {
    const matcher = lastBuilt?.version === version ? lastBuilt.matcher : QuestionMatcher.fromPack(checked.pack, loadOutOfScopePhrasings(dir), Synonyms.load(dir), { weightStore, questions: checked.questions });
    lastBuilt = { version, matcher };
    return { snapshot: Object.freeze({ pack: checked.pack, matcher, version, loadedAt }) };
  } catch (error) {
    // out-of-scope.yaml or synonyms.yaml unreadable or malformed: the loaders name the file.
    return { problems: [error instanceof Error ? error.message : String(error)], version };
  }
}

export class LivePack implements PackSource {
  private snapshot: PackSnapshot;
  private lastRefused: ContentStatus['lastRefused'];
  /** The refused files' version while they are still on disk: not checked (or logged) again until they change. */
  private refusedVersion: string | undefined;

  private constructor(
    readonly dir: string,
    first: PackSnapshot,
    private readonly logger: Logger,
    private readonly now: () => Date,
    private readonly weightStore: WeightStore | undefined,
  ) {
    this.snapshot = first;
  }

  /** The pack at start-up; a broken pack stops the bot here (GuidelinePackError), as it always has. */
  static open(dir: string, logger: Logger, now: () => Date = () => new Date(), weightStore?: WeightStore): LivePack {
    const built = buildSnapshot(dir, now(), weightStore);
    if ('problems' in built) throw new GuidelinePackError(built.problems);
    return new LivePack(dir, built.snapshot, logger, now, weightStore);
  }

  current(): PackSnapshot {
    return this.snapshot;
  }

  status(): ContentStatus {
    const { version, loadedAt } = this.snapshot;
    return this.lastRefused ? { version, loadedAt, lastRefused: { ...this.lastRefused } } : { version, loadedAt };
  }

  /** Reads the folder again. Unchanged files (the live version, or the version refused last) cost one hash. */
  reload(): ReloadOutcome {
    let built: ReturnType<typeof buildSnapshot>;
    try {
      const { version } = packVersion(this.dir, this.now());
      if (version === this.snapshot.version || version === this.refusedVersion) return { kind: 'unchanged' };
      built = buildSnapshot(this.dir, this.now(), this.weightStore);
    } catch (error) {
      // The folder itself is gone or unreadable (mid-checkout, unmounted): nothing to swap in.
      return this.refuse('unreadable', [`the content folder ${this.dir} cannot be read (${error instanceof Error ? error.message : String(error)})`]);
    }
    if ('problems' in built) return this.refuse(built.version, built.problems);
    const previous = this.snapshot.version;
    this.snapshot = built.snapshot;
    this.refusedVersion = undefined;
    this.logger.info({ contentDir: this.dir, version: built.snapshot.version, previous }, `content reloaded: pack ${built.snapshot.version} is live`);
    return { kind: 'loaded', version: built.snapshot.version };
  }

  private refuse(version: string, problems: string[]): ReloadOutcome {
    this.lastRefused = { at: this.now().toISOString(), version, problems: problems.length };
    this.refusedVersion = version;
    this.logger.error(
      { contentDir: this.dir, refusedVersion: version, liveVersion: this.snapshot.version, problems },
      `content reload refused: ${problems.length} problem(s); the pack loaded at ${this.snapshot.loadedAt} (${this.snapshot.version}) stays live`,
    );
    return { kind: 'refused', problems };
  }
}

/** A source that never changes (tests, tools). */
export function fixedPack(snapshot: PackSnapshot): PackSource {
  return { current: () => snapshot };
}
