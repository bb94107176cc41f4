/**
 * The Microsoft Graph adapter of the leader directory: `GET /users/{id}/manager` with app credentials
 * (application permission User.Read.All). 404 means "no manager"; anything else that fails means
 * "unavailable", so the user can still pick a leader or is told to ask in person.
 */
import {
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type GraphRequest,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import { directoryPerson, type DirectoryPerson, type LeaderDirectory, type ManagerLookup } from './leader-directory';

const SELECT = 'id,displayName,mail,department,jobTitle';

export interface GraphDirectoryOptions {
  /** e.g. https://graph.microsoft.com/v1.0 (a loopback stand-in in tests). */
  baseUrl: string;
  authProvider: AuthenticationProvider;
  /** Retries on 429/503/504 (with Graph's Retry-After); 0 in tests, which never wait for real time. */
  maxRetries?: number;
  /** Deadline of one lookup, retries included (default 10 s): a user is waiting in the turn. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Puts the app token and a deadline on every request. The SDK's own AuthenticationHandler adds the token only
 * for https Graph hosts (and strips it elsewhere), which would rule out the loopback stand-in used in tests.
 */
class BearerToken implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly timeoutMs: number,
  ) {}

  async execute(context: Context): Promise<void> {
    const token = await this.provider.getAccessToken();
    const headers = new Headers(context.options?.headers as HeadersInit | undefined);
    headers.set('Authorization', `Bearer ${token}`);
    context.options = { ...context.options, headers, signal: AbortSignal.timeout(this.timeoutMs) };
    if (!this.next) throw new Error('BearerToken must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

export class GraphDirectory implements LeaderDirectory {
  private readonly client: Client;

  constructor(options: GraphDirectoryOptions) {
    const url = new URL(options.baseUrl);
    const version = url.pathname.replace(/^\/+|\/+$/g, '') || 'v1.0';
    const bearer = new BearerToken(options.authProvider, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const retry = new RetryHandler(new RetryHandlerOptions(1, options.maxRetries ?? 2));
    bearer.setNext(retry);
    retry.setNext(new HTTPMessageHandler());
    this.client = Client.initWithMiddleware({ middleware: bearer, baseUrl: `${url.protocol}//${url.host}/`, defaultVersion: version });
  }

  private request(resource: string): GraphRequest {
    return this.client.api(resource).select(SELECT);
  }

  async managerOf(userId: string): Promise<ManagerLookup> {
    try {
      const raw: unknown = await this.request(`/users/${encodeURIComponent(userId)}/manager`).get();
      const parsed = directoryPerson.safeParse(raw);
      return parsed.success ? { kind: 'found', manager: parsed.data } : { kind: 'unavailable' };
    } catch (error) {
      return statusOf(error) === 404 ? { kind: 'none' } : { kind: 'unavailable' };
    }
  }

  /** The leader's own leader: the next one up, for when the nearest leader is away. */
  async alternatives(userId: string): Promise<DirectoryPerson[]> {
    const first = await this.managerOf(userId);
    if (first.kind !== 'found') return [];
    const second = await this.managerOf(first.manager.id);
    return second.kind === 'found' ? [second.manager] : [];
  }

  async person(id: string): Promise<DirectoryPerson | undefined> {
    try {
      const parsed = directoryPerson.safeParse(await this.request(`/users/${encodeURIComponent(id)}`).get());
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }
}
