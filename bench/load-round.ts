/**
 * One measured round: every simulated user takes `turnsPerUser` turns, one at a time, all users at once.
 * A turn's latency runs from the inbound POST to the last reply at the connector; the target's CPU time and
 * resident memory are read from /proc around the round.
 */
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import type { ConnectorSink } from './connector-sink';
import { cpuMs, sampleRss } from './proc-stats';
import type { VirtualUser } from './scenarios';
import type { TargetProcess } from './target-process';

type Json = Record<string, unknown>;

export interface RoundResult {
  turns: number;
  errors: number;
  wallMs: number;
  latenciesMs: number[];
  cpuMs: number;
  peakRssBytes: number;
  /** A few distinct error descriptions (never message content). */
  errorKinds: string[];
}

export interface RoundOptions {
  target: TargetProcess;
  sink: ConnectorSink;
  users: readonly VirtualUser[];
  turnsPerUser: number;
  /** Replies that mean the turn failed (the bot's own "something went wrong" texts). */
  failureTexts: readonly string[];
}

export function openPool(target: TargetProcess, connections: number): Pool {
  return new Pool(target.url, { connections, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 60_000, headersTimeout: 30_000, bodyTimeout: 30_000 });
}

export type TurnOutcome = { ok: true; latencyMs: number; body: string } | { ok: false; kind: string };

/**
 * Posts one activity as the Bot Connector would and checks the turn: HTTP 200 and (unless it is an invoke,
 * whose answer is the response itself) a new reply in `conversationId` that is not the bot's failure text.
 */
export async function sendTurn(pool: Pool, sink: ConnectorSink, conversationId: string, activity: Json, failureTexts: readonly string[]): Promise<TurnOutcome> {
  const log = sink.conversation(conversationId);
  const before = log.count;
  const sentAt = performance.now();
  try {
    const response = await pool.request({ path: '/api/messages', method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const body = await response.body.text();
    const answeredAt = performance.now();
    if (response.statusCode !== 200) return { ok: false, kind: `HTTP ${response.statusCode}` };
    if (activity['type'] === 'invoke') return { ok: true, latencyMs: answeredAt - sentAt, body };
    if (log.count === before) return { ok: false, kind: 'no reply' };
    if (isFailureReply(log.last, failureTexts)) return { ok: false, kind: 'turn error reply' };
    return { ok: true, latencyMs: log.lastAt - sentAt, body };
  } catch (error) {
    return { ok: false, kind: error instanceof Error ? error.name : 'request failed' };
  }
}

/** Collects turn outcomes and the target's CPU and memory over one round. */
export class RoundRecorder {
  readonly latenciesMs: number[] = [];
  private readonly errorKinds = new Set<string>();
  private errors = 0;
  private turns = 0;
  private readonly rss: { stop(): number };
  private readonly cpuBefore: number;
  private readonly started = performance.now();

  constructor(private readonly pid: number) {
    this.rss = sampleRss(pid);
    this.cpuBefore = cpuMs(pid);
  }

  record(outcome: TurnOutcome): TurnOutcome {
    this.turns += 1;
    if (outcome.ok) this.latenciesMs.push(outcome.latencyMs);
    else this.fail(outcome.kind);
    return outcome;
  }

  /** A failure that is not one turn's (a workflow step that never arrived). */
  fail(kind: string): void {
    this.errors += 1;
    this.errorKinds.add(kind);
  }

  finish(): RoundResult {
    const wallMs = performance.now() - this.started;
    const cpu = cpuMs(this.pid) - this.cpuBefore;
    return { turns: this.turns, errors: this.errors, wallMs, latenciesMs: this.latenciesMs, cpuMs: cpu, peakRssBytes: this.rss.stop(), errorKinds: [...this.errorKinds] };
  }
}

export async function runRound(pool: Pool, options: RoundOptions): Promise<RoundResult> {
  const { target, sink, users, turnsPerUser, failureTexts } = options;
  const recorder = new RoundRecorder(target.pid);
  await Promise.all(
    users.map(async (virtual) => {
      const log = sink.conversation(virtual.conversationId);
      for (let i = 0; i < turnsPerUser; i++) {
        recorder.record(await sendTurn(pool, sink, virtual.conversationId, virtual.script(log.last), failureTexts));
      }
    }),
  );
  return recorder.finish();
}

function isFailureReply(activity: Json | undefined, failureTexts: readonly string[]): boolean {
  const text = activity?.['text'];
  return typeof text === 'string' && failureTexts.includes(text);
}
