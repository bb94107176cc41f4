/**
 * The loopback stand-in for the Bot Connector during the benchmark: answers every request at once and
 * timestamps every activity the bot sends, per conversation. It keeps only the last reply of each
 * conversation (what the simulated user looks at next) and counters, so it stays cheap at any volume.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';

type Json = Record<string, unknown>;

export interface ConversationLog {
  /** Activities the bot sent into this conversation (send, reply or update). */
  count: number;
  /** performance.now() when the latest one arrived. */
  lastAt: number;
  last?: Json;
}

/** An activity the bot sent that names a workflow record (a registration ref or an escalation case id). */
export interface KeyedActivity {
  conversationId: string;
  /** The id the sink gave the activity (what a card click's replyToId points at). */
  activityId: string;
  activity: Json;
  /** True when the bot created the conversation for it (a channel post or a new 1:1 chat). */
  created: boolean;
  at: number;
}

const ACTIVITY_PATH = /^\/v3\/conversations\/([^/?]+)\/activities(?:\/([^/?]+))?/;
/** Record keys the workflows put in their cards and messages. */
const KEY_PATTERNS = [/"caseId":"([^"]{1,80})"/g, /\b(SOME-\d{4}-\d{4,})\b/g];

export class ConnectorSink {
  private server?: http.Server;
  private readonly conversations = new Map<string, ConversationLog>();
  private counter = 0;
  /** Every request the bot made to the connector, including ones the sink could not place. */
  requests = 0;
  /** TCP connections the targets opened to the connector (a client without keep-alive opens one per request). */
  connections = 0;
  private readonly keyed = new Map<string, KeyedActivity[]>();
  private keyWaiters: Array<() => void> = [];

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error('connector sink not started');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', () => {
      this.connections += 1;
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  conversation(id: string): ConversationLog {
    let log = this.conversations.get(id);
    if (!log) {
      log = { count: 0, lastAt: 0 };
      this.conversations.set(id, log);
    }
    return log;
  }

  /** Activities that named `key` so far, oldest first. */
  activitiesFor(key: string): readonly KeyedActivity[] {
    return this.keyed.get(key) ?? [];
  }

  /** Waits until an activity naming `key` matches `predicate` (workflow steps that happen after the turn). */
  async waitForKey(key: string, predicate: (entry: KeyedActivity) => boolean, timeoutMs: number): Promise<KeyedActivity> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.activitiesFor(key).find(predicate);
      if (found) return found;
      const left = deadline - performance.now();
      if (left <= 0) throw new Error('connector sink: expected activity did not arrive');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.keyWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private index(raw: string, entry: Omit<KeyedActivity, 'activity'>, activity: Json): void {
    const keys = new Set<string>();
    for (const pattern of KEY_PATTERNS) for (const match of raw.matchAll(pattern)) if (match[1]) keys.add(match[1]);
    if (keys.size === 0) return;
    for (const key of keys) {
      const list = this.keyed.get(key) ?? [];
      list.push({ ...entry, activity });
      this.keyed.set(key, list);
    }
    const waiters = this.keyWaiters;
    this.keyWaiters = [];
    waiters.forEach((wake) => wake());
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const at = performance.now();
      this.requests += 1;
      const path = req.url ?? '/';
      const match = ACTIVITY_PATH.exec(path);
      let answer: Json;
      const raw = Buffer.concat(chunks).toString('utf8');
      if (match?.[1]) {
        const conversationId = decodeURIComponent(match[1]);
        const log = this.conversation(conversationId);
        const activity = parse(raw);
        log.count += 1;
        log.lastAt = at;
        log.last = activity;
        const activityId = match[2] && req.method === 'PUT' ? decodeURIComponent(match[2]) : `sink-activity-${++this.counter}`;
        answer = { id: activityId };
        this.index(raw, { conversationId, activityId, created: false, at }, activity);
      } else if (req.method === 'POST' && path.startsWith('/v3/conversations')) {
        // A new conversation (a channel post or a proactive 1:1 chat): its first activity may be in the body.
        const id = `sink-conversation-${++this.counter}`;
        const activityId = `sink-activity-${++this.counter}`;
        const body = parse(raw);
        const nested = jsonObject.safeParse(body['activity']);
        const activity = nested.success ? nested.data : undefined;
        if (activity) {
          const log = this.conversation(id);
          log.count += 1;
          log.lastAt = at;
          log.last = activity;
          this.index(raw, { conversationId: id, activityId, created: true, at }, activity);
        }
        answer = { id, activityId };
      } else {
        answer = {};
      }
      const payload = JSON.stringify(answer);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
      res.end(payload);
    });
  }
}

const jsonObject = z.record(z.string(), z.unknown());

function parse(raw: string): Json {
  try {
    const parsed = jsonObject.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
