/**
 * Cold start: from spawning the process to its first answer at the connector (a "hei" from a new user),
 * with a fresh data directory each time; and a restart: the same, on the data directory a first start left
 * (where the matcher's trained weights are kept, src/matching/weight-store.ts).
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
  const figures: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    const spec = makeSpec();
    try {
      figures.push(await firstAnswer(spec, sink, `Cold start ${run}`));
    } finally {
      if (spec.dataDir) removeDir(spec.dataDir);
    }
  }
  return summary(figures);
}

/** Starts once to leave a data directory behind, then measures `runs` starts on it. */
export async function measureRestart(makeSpec: () => TargetSpec & { dataDir?: string }, sink: ConnectorSink, runs: number): Promise<ColdStartFigures> {
  const spec = makeSpec();
  const figures: Timing[] = [];
  try {
    await firstAnswer(spec, sink, 'Restart warm-up');
    for (let run = 0; run < runs; run++) figures.push(await firstAnswer(spec, sink, `Restart ${run}`));
  } finally {
    if (spec.dataDir) removeDir(spec.dataDir);
  }
  return summary(figures);
}

interface Timing {
  listeningMs: number;
  firstAnswerMs: number;
}

async function firstAnswer(spec: TargetSpec, sink: ConnectorSink, userName: string): Promise<Timing> {
  const target = await startTarget(spec);
  try {
    const user = makeUser(userName);
    const log = sink.conversation(personalConversationId(user));
    const response = await request(`${target.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(textMessage(user, sink.url, 'hei')),
    });
    await response.body.dump();
    if (response.statusCode !== 200 || log.count === 0) throw new Error(`${spec.name}: no first answer (HTTP ${response.statusCode})`);
    return { listeningMs: target.listeningAt - target.spawnedAt, firstAnswerMs: log.lastAt - target.spawnedAt };
  } finally {
    await target.stop();
  }
}

function summary(figures: readonly Timing[]): ColdStartFigures {
  const firstAnswers = figures.map((f) => f.firstAnswerMs);
  return { runs: figures.length, listeningMs: median(figures.map((f) => f.listeningMs)), firstAnswerMs: median(firstAnswers), worstFirstAnswerMs: Math.max(...firstAnswers) };
}
