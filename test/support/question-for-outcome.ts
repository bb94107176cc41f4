/**
 * For tests that need a particular outcome of the matcher (a question asked back, an answer with a close runner-up):
 * which question has it depends on the training, so the test names candidates and takes the first one the bot's own
 * matcher, trained on the repo's content, understands that way. None left: the test says so and names its list.
 */
import { understand, type Understanding } from '../../src/conversation/understand';
import { buildSnapshot } from '../../src/guidelines/live-pack';
import { contentDir } from '../../src/guidelines/load-pack';

export function questionFor(candidates: readonly string[], wanted: (understood: Understanding) => boolean): { text: string; understood: Understanding } {
  const built = buildSnapshot(contentDir(), new Date());
  if (!('snapshot' in built)) throw new Error(`content: ${built.problems.join('; ')}`);
  for (const text of candidates) {
    const understood = understand(text, built.snapshot.matcher);
    if (wanted(understood)) return { text, understood };
  }
  throw new Error(`none of ${candidates.map((c) => `«${c}»`).join(', ')} has the outcome this test needs any more: add one that does`);
}
