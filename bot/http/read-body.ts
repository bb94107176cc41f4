/**
 * Reads a request body with a hard byte limit counted on the wire: a declared length over the limit is refused
 * before anything is read, and a body that grows past it is refused the moment it does (reading stops). A body
 * that does not arrive within the deadline is refused too. Nothing here inflates, decodes or parses.
 */
import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; status: 400 | 408 | 413; reason: string };

export interface BodyLimits {
  maxBytes: number;
  /** How long the whole body may take to arrive. */
  deadlineMs: number;
}

export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyRead> {
  const declared = req.headers['content-length'];
  if (declared !== undefined && (!/^\d+$/.test(declared) || Number(declared) > limits.maxBytes)) {
    return Promise.resolve(/^\d+$/.test(declared) ? { ok: false, status: 413, reason: 'declared length over the limit' } : { ok: false, status: 400, reason: 'bad content-length' });
  }
  return new Promise<BodyRead>((resolve) => {
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const finish = (result: BodyRead): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onAborted);
      // The 'error' listener stays: a stream error after we stopped listening must not become an uncaught one.
      // Stop reading: whatever else arrives is not buffered (the answer closes the connection).
      if (!result.ok) req.pause();
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      received += chunk.length;
      if (received > limits.maxBytes) {
        chunks.length = 0;
        finish({ ok: false, status: 413, reason: 'body over the limit' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, bytes: Buffer.concat(chunks, received) });
    const onError = (): void => finish({ ok: false, status: 400, reason: 'request stream failed' });
    const onAborted = (): void => finish({ ok: false, status: 400, reason: 'client went away' });
    const timer = setTimeout(() => finish({ ok: false, status: 408, reason: 'body not received in time' }), limits.deadlineMs);
    timer.unref();
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/**
 * After a refusal that left the body (partly) unread: discard whatever still arrives (nothing is buffered) for a
 * short grace, so a client that is still sending gets to read the answer and stop, then drop the connection if
 * the body has not ended by then. Dropping it at once would reset such a client before it saw the answer.
 */
export function discardRest(req: IncomingMessage, grace: { maxBytes: number; maxMs: number } = { maxBytes: 16 * 1024 * 1024, maxMs: 2000 }): void {
  if (req.complete || req.destroyed) return;
  let discarded = 0;
  const drop = (): void => {
    clearTimeout(timer);
    req.socket.destroy();
  };
  const timer = setTimeout(drop, grace.maxMs);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > grace.maxBytes) drop();
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
