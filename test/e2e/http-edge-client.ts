/**
 * Tools for the HTTP-edge tests: a raw HTTP client that can send any method, header, encoding or chunked body
 * (fetch refuses some of them), and the bot started in this process with its log lines captured.
 */
import http from 'node:http';
import { parseConfig } from '../../src/config/config-schema';
import { createLogger } from '../../src/logging/logger';
import { startBot, type RunningBot } from '../../bot/app';
import { tempDataDir } from '../support/bot-under-test';
import { ConnectorStub } from '../support/connector-stub';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Bytes of the request body the client wrote before the answer came. */
  sent: number;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
  /** A chunked body: `chunk` written up to `count` times, stopping as soon as the answer arrives. */
  stream?: { chunk: Buffer; count: number };
  /** Gives up (rejects) after this long; the default is generous, the tests assert their own bounds. */
  timeoutMs?: number;
}

/** One request on a fresh connection; resolves with the answer even when the server stops reading early. */
export function rawRequest(baseUrl: string, request: RawRequest): Promise<RawAnswer> {
  const url = new URL(request.path ?? '/api/messages', baseUrl);
  return new Promise<RawAnswer>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    // A fresh keep-alive connection: "Connection: close" would make the server close right after its answer,
    // resetting a client that is still sending before it can read that answer.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const req = http.request(url, { method: request.method ?? 'POST', headers: request.headers, agent }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        agent.destroy();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), sent });
      });
      res.on('error', reject);
    });
    req.setTimeout(request.timeoutMs ?? 25_000, () => req.destroy(new Error(`no answer within ${request.timeoutMs ?? 25_000} ms`)));
    // A server that answers and closes while we still write makes the write fail: the answer is what counts.
    req.on('error', (error) => {
      if (!answered) reject(error);
      agent.destroy();
    });
    if (request.stream) {
      const { chunk, count } = request.stream;
      let written = 0;
      const writeMore = (): void => {
        while (!answered && !req.destroyed && written < count) {
          written += 1;
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', writeMore);
            return;
          }
        }
        if (!answered && !req.destroyed) req.end();
      };
      writeMore();
    } else {
      if (request.body !== undefined) sent = Buffer.byteLength(request.body);
      req.end(request.body);
    }
  });
}

export interface LogLine {
  level: number;
  msg?: string;
  err?: { stack?: string; message?: string };
  [key: string]: unknown;
}

export type CapturedBot = RunningBot & { logs: LogLine[]; errorsWithStack(): LogLine[] };

/** The real bot in this process, logging at info into memory so a test can read what it wrote. */
export async function startCaptured(env: Record<string, string> = {}): Promise<CapturedBot> {
  const config = parseConfig({ PORT: '0', LOG_LEVEL: 'info', DATA_DIR: tempDataDir(), ESCALATION_REMINDER_CHECK_SECONDS: '0', ...env });
  const logs: LogLine[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => logs.push(JSON.parse(line) as LogLine) });
  const bot = await startBot(config, logger);
  return { ...bot, logs, errorsWithStack: () => logs.filter((line) => line.level >= 50 && typeof line.err?.stack === 'string') };
}

/**
 * A suite's loopback Bot Connector and captured bot, started before its tests and stopped after them.
 * `bot()` is the running bot (valid inside the tests).
 */
export function useCapturedBot(env: Record<string, string>): { connector: ConnectorStub; bot: () => CapturedBot } {
  const connector = new ConnectorStub();
  let bot: CapturedBot | undefined;
  beforeAll(async () => {
    await connector.start();
    bot = await startCaptured(env);
  });
  afterAll(async () => {
    await bot?.stop();
    await connector.stop();
  });
  return {
    connector,
    bot: () => {
      if (!bot) throw new Error('the bot is not started yet');
      return bot;
    },
  };
}

export async function healthy(baseUrl: string): Promise<boolean> {
  const answer = await rawRequest(baseUrl, { method: 'GET', path: '/healthz', timeoutMs: 5000 });
  return answer.status === 200 && answer.body.includes('ok');
}
