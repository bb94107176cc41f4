/**
 * A loopback stand-in for Microsoft Graph and its token endpoint: `POST /token` (client credentials) and
 * `GET /v1.0/users/{id}` / `GET /v1.0/users/{id}/manager` from an in-memory org chart. It checks the bearer
 * token, answers 404 for "no manager" like Graph does, and can be switched to "down" (503) for tests.
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
  readonly requests: { method: string; path: string; authorization?: string }[] = [];
  down = false;
  private readonly people = new Map<string, GraphPerson>();
  static readonly TOKEN = 'graph-stub-token';

  constructor(people: GraphPerson[]) {
    super();
    people.forEach((p) => this.people.set(p.id, p));
  }

  protected handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    req.resume();
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      this.requests.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization });
      const json = (status: number, body: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (this.down) return json(503, { error: { code: 'serviceNotAvailable', message: 'down' } });
      if (req.method === 'POST' && path === '/token') return json(200, { token_type: 'Bearer', expires_in: 3599, access_token: GraphStub.TOKEN });
      if (req.headers.authorization !== `Bearer ${GraphStub.TOKEN}`) return json(401, { error: { code: 'InvalidAuthenticationToken', message: 'no token' } });
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
