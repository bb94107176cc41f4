/**
 * Cold start: from spawning the process to its first answer at the connector (a "hei" from a new user),
 * with a fresh data directory each time.
 */
import { request } from 'undici';
import { makeUser, personalConversationId, textMessage } from '../test/support/teams-activity';
import type { ConnectorSink } from './connector-sink';
import { median } from './stats';
import { removeDir, startTarget, type TargetSpec } from './target-process';

export interface ColdStartFigures {
  runs: number;
  /** Spawn → "listening", median ms. */
  listeningMs: number;
  /** Spawn → first reply at the connector, median ms (and the worst run). */
  firstAnswerMs: number;
  worstFirstAnswerMs: number;
}

export async function measureColdStart(makeSpec: () => TargetSpec & { dataDir?: string }, sink: ConnectorSink, runs: number): Promise<ColdStartFigures> {
  const listening: number[] = [];
  const firstAnswer: number[] = [];
  for (let run = 0; run < runs; run++) {
    const spec = makeSpec();
    const target = await startTarget(spec);
    try {
      const user = makeUser(`Cold start ${run}`);
      const log = sink.conversation(personalConversationId(user));
      const response = await request(`${target.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(textMessage(user, sink.url, 'hei')),
      });
      await response.body.dump();
      if (response.statusCode !== 200 || log.count === 0) throw new Error(`${spec.name}: no first answer (HTTP ${response.statusCode})`);
      listening.push(target.listeningAt - target.spawnedAt);
      firstAnswer.push(log.lastAt - target.spawnedAt);
    } finally {
      await target.stop();
      if (spec.dataDir) removeDir(spec.dataDir);
    }
  }
  return { runs, listeningMs: median(listening), firstAnswerMs: median(firstAnswer), worstFirstAnswerMs: Math.max(...firstAnswer) };
}
