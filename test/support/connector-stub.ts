/**
 * A loopback stand-in for the Bot Connector service: the bot's `serviceUrl` in tests. It records every
 * request the bot sends (replies, new conversations, updates), answers like the real service, and can be
 * told to fail the next matching requests (HTTP status or a hang) to test retries and error paths.
 */
import type http from 'node:http';
import { LoopbackServer } from './loopback-server';

export interface RecordedRequest {
  method: string;
  path: string;
  /** Decoded conversation id from the path, when the path has one. */
  conversationId?: string;
  /** The activity id in the path (reply-to or updated activity). */
  activityId?: string;
  body: Record<string, unknown>;
  at: number;
  /** The id the stub answered with (activity or conversation id). */
  answeredId?: string;
  /** 0 when the stub was told to hang and never answered. */
  status: number;
}

interface Failure {
  remaining: number;
  /** The status to answer with; 0 = accept the request and never answer it. */
  status: number;
  when: (req: { method: string; path: string; body: Record<string, unknown> }) => boolean;
}

export class ConnectorStub extends LoopbackServer {
  readonly requests: RecordedRequest[] = [];
  private failures: Failure[] = [];
  private counter = 0;
  private waiters: Array<() => void> = [];


  /** Fail the next `count` requests matching `when` with `status`. */
  failNext(count: number, status: number, when: Failure['when'] = () => true): void {
    this.failures.push({ remaining: count, status, when });
  }

  /** Accept the next `count` requests matching `when` and never answer them (a Bot Connector that hangs). */
  hangNext(count: number, when: Failure['when'] = () => true): void {
    this.failures.push({ remaining: count, status: 0, when });
  }

  /** Activities the bot sent (send or reply) into a conversation, in order. */
  sentTo(conversationId: string): Record<string, unknown>[] {
    return this.requests
      .filter((r) => r.method === 'POST' && r.conversationId === conversationId && r.status > 0 && r.status < 300 && r.path.includes('/activities'))
      .map((r) => r.body);
  }

  /** Waits until `predicate` holds for the recorded requests (checked on every new request). */
  async waitFor(predicate: (requests: RecordedRequest[]) => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.requests)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`connector stub: condition not met within ${timeoutMs} ms (${this.requests.length} requests recorded)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  clear(): void {
    this.requests.length = 0;
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        body = { raw };
      }
      const method = req.method ?? 'GET';
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const match = /^\/v3\/conversations\/([^/]+)(?:\/activities(?:\/([^/]+))?)?/.exec(path);
      const conversationId = match?.[1] ? decodeURIComponent(match[1]) : undefined;
      const activityId = match?.[2] ? decodeURIComponent(match[2]) : undefined;
      const record: RecordedRequest = { method, path, conversationId, activityId, body, at: Date.now(), status: 200 };

      const failure = this.failures.find((f) => f.remaining > 0 && f.when({ method, path, body }));
      if (failure) {
        failure.remaining -= 1;
        record.status = failure.status;
        this.record(record);
        if (failure.status === 0) return; // hang: the connection stays open until the stub stops
        res.writeHead(failure.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'StubFailure', message: `injected ${failure.status}` } }));
        return;
      }

      let answer: Record<string, unknown>;
      if (method === 'POST' && path === '/v3/conversations') {
        const id = `stub-conversation-${++this.counter}`;
        record.answeredId = id;
        answer = { id, activityId: `stub-activity-${++this.counter}` };
      } else if (method === 'PUT' && activityId) {
        record.answeredId = activityId;
        answer = { id: activityId };
      } else if (method === 'DELETE') {
        answer = {};
      } else {
        const id = `stub-activity-${++this.counter}`;
        record.answeredId = id;
        answer = { id };
      }
      this.record(record);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }
}
