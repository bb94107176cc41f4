/**
 * The lifecycle shared by the tests' loopback stand-ins (Bot Connector, Microsoft Graph): listen on a free
 * port on 127.0.0.1, report the base URL, and close with every open connection.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export abstract class LoopbackServer {
  private server?: http.Server;

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error(`${this.constructor.name} not started`);
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  protected abstract handle(req: http.IncomingMessage, res: http.ServerResponse): void;
}
