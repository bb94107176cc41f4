/**
 * The Microsoft Graph adapter of the leader directory against a loopback stand-in for Graph:
 * manager found, no manager (404), Graph down (503 / not listening), and the app token sent as bearer.
 */
import { GraphDirectory } from '../../src/directory/graph-directory';
import { appTokenProvider } from '../../src/directory/graph-app-token';
import { GraphStub } from '../support/graph-stub';

const KARI = '1a111111-1111-4111-8111-000000000001';
const OLE = '1a111111-1111-4111-8111-000000000002';
const ANNE = '1a111111-1111-4111-8111-000000000006';

describe('GraphDirectory', () => {
  const graph = new GraphStub([
    { id: KARI, displayName: 'Kari Nilsen', jobTitle: 'Helsesykepleier', manager: OLE },
    { id: OLE, displayName: 'Ole Hansen', jobTitle: 'Enhetsleder', department: 'Helse og omsorg', mail: 'ole@example.org', manager: ANNE },
    { id: ANNE, displayName: 'Anne Berg', jobTitle: 'Kommunedirektør' },
  ]);
  let directory: GraphDirectory;

  beforeAll(async () => {
    await graph.start();
    directory = new GraphDirectory({
      baseUrl: `${graph.url}/v1.0`,
      authProvider: appTokenProvider({ tenantId: 't', clientId: 'c', clientSecret: 's', tokenUrl: `${graph.url}/token` }),
      maxRetries: 0,
    });
  });
  afterAll(() => graph.stop());
  beforeEach(() => {
    graph.down = false;
  });

  it('finds the manager with GET /users/{id}/manager and an app token', async () => {
    const lookup = await directory.managerOf(KARI);
    expect(lookup).toEqual({ kind: 'found', manager: expect.objectContaining({ id: OLE, displayName: 'Ole Hansen', department: 'Helse og omsorg' }) });
    const call = graph.requests.find((r) => r.path === `/v1.0/users/${KARI}/manager`);
    expect(call?.authorization).toBe(`Bearer ${GraphStub.TOKEN}`);
  });

  it('says "no manager" when Graph answers 404', async () => {
    await expect(directory.managerOf(ANNE)).resolves.toEqual({ kind: 'none' });
  });

  it('says "unavailable" when Graph is down, and when nothing listens', async () => {
    graph.down = true;
    await expect(directory.managerOf(KARI)).resolves.toEqual({ kind: 'unavailable' });
    const nowhere = new GraphDirectory({ baseUrl: 'http://127.0.0.1:9/v1.0', authProvider: { getAccessToken: async () => 'x' }, maxRetries: 0 });
    await expect(nowhere.managerOf(KARI)).resolves.toEqual({ kind: 'unavailable' });
  });

  it("offers the leader's own leader as the alternative", async () => {
    const alternatives = await directory.alternatives(KARI);
    expect(alternatives.map((p) => p.displayName)).toEqual(['Anne Berg']);
    await expect(directory.person(OLE)).resolves.toEqual(expect.objectContaining({ displayName: 'Ole Hansen' }));
  });
});
