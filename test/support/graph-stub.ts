/**
 * A loopback stand-in for Microsoft Graph and its token endpoint: `POST /token` (client credentials),
 * `GET /v1.0/users/{id}` / `GET /v1.0/users/{id}/manager` from an in-memory org chart, and
 * `POST /v1.0/users/{id}/teamwork/installedApps` (proactive app installation: 201, 409 when installed, or the status
 * set in `installRefusal`). It checks the bearer token, answers 404 for "no manager" like Graph does, and can be
 * switched to "down" (503) for tests.
 */
import type http from 'node:http';
import { LoopbackServer } from './loopback-server';

export interface GraphPerson {
  id: string;
  displayName: string;
  mail?: string;
  department?: string;
  jobTitle?: string;
  manager?: string;
}

export class GraphStub extends LoopbackServer {
  readonly requests: { method: string; path: string; authorization?: string; body?: unknown }[] = [];
  down = false;
  /** Users the app is installed for (installedApps); a successful install adds the user and calls `onInstalled`. */
  readonly installedFor = new Set<string>();
  /** The status an install answers with instead of 201 (e.g. 403: no consent, an app policy). */
  installRefusal?: number;
  onInstalled?: (userId: string) => void;
  private readonly people = new Map<string, GraphPerson>();
  static readonly TOKEN = 'graph-stub-token';

  constructor(people: GraphPerson[]) {
    super();
    people.forEach((p) => this.people.set(p.id, p));
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      let body: unknown;
      try {
        body = raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : undefined;
      } catch {
        body = raw;
      }
      this.requests.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization, body });
      const json = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (this.down) return json(503, { error: { code: 'serviceNotAvailable', message: 'down' } });
      if (req.method === 'POST' && path === '/token') return json(200, { token_type: 'Bearer', expires_in: 3599, access_token: GraphStub.TOKEN });
      if (req.headers.authorization !== `Bearer ${GraphStub.TOKEN}`) return json(401, { error: { code: 'InvalidAuthenticationToken', message: 'no token' } });
      const install = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(path);
      if (install?.[1] && req.method === 'POST') {
        const userId = decodeURIComponent(install[1]);
        if (this.installRefusal) return json(this.installRefusal, { error: { code: 'Forbidden', message: 'refused' } });
        if (this.installedFor.has(userId)) return json(409, { error: { code: 'Conflict', message: 'already installed' } });
        this.installedFor.add(userId);
        this.onInstalled?.(userId);
        return json(201, { id: `install-${userId}` });
      }
      const match = /^\/v1\.0\/users\/([^/]+)(\/manager)?$/.exec(path);
      const user = match?.[1] ? this.people.get(decodeURIComponent(match[1])) : undefined;
      if (!match || !user) return json(404, { error: { code: 'Request_ResourceNotFound', message: 'not found' } });
      const target = match[2] ? (user.manager ? this.people.get(user.manager) : undefined) : user;
      if (!target) return json(404, { error: { code: 'Request_ResourceNotFound', message: "Resource 'manager' does not exist" } });
      const { manager: _manager, ...fields } = target;
      return json(200, { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity', '@odata.type': '#microsoft.graph.user', ...fields });
    });
  }
}
