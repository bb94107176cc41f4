/**
 * What the messaging endpoint checks on the request line and headers, before a byte of the body is read:
 * a bearer token shaped like a JWT when an app id is set (the CloudAdapter validates it fully later, which needs
 * the activity), no content or transfer coding but identity/chunked (the Bot Connector does not compress
 * requests to bots, and nothing is inflated here), and a JSON media type in UTF-8.
 */
import type { IncomingHttpHeaders } from 'node:http';

export interface Refusal {
  status: 401 | 415;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

const JWT_BEARER = /^bearer +[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/i;

function tokens(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token !== '');
}

export function bearerRefusal(headers: IncomingHttpHeaders): Refusal | undefined {
  if (JWT_BEARER.test(headers.authorization ?? '')) return undefined;
  return { status: 401, code: 'Unauthorized', message: 'A Bot Framework bearer token is required.', headers: { 'www-authenticate': 'Bearer' } };
}

export function encodingRefusal(headers: IncomingHttpHeaders): Refusal | undefined {
  const content = tokens(headers['content-encoding']).filter((token) => token !== 'identity');
  const transfer = tokens(headers['transfer-encoding']).filter((token) => token !== 'chunked' && token !== 'identity');
  if (content.length === 0 && transfer.length === 0) return undefined;
  return { status: 415, code: 'UnsupportedMediaType', message: 'Compressed request bodies are not accepted; send plain JSON.', headers: { 'accept-encoding': 'identity' } };
}

export function mediaTypeRefusal(headers: IncomingHttpHeaders): Refusal | undefined {
  const [type = '', ...parameters] = (headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  if (type === 'application/json' && (charset === undefined || charset === 'utf-8' || charset === 'utf8')) return undefined;
  return { status: 415, code: 'UnsupportedMediaType', message: 'Expected Content-Type: application/json (UTF-8).' };
}
