/**
 * A table of malformed and odd requests to POST /api/messages. For every one: the answer is 2xx or 4xx (never
 * 5xx), the bot still answers /healthz, nothing was logged at error level with a stack, and whatever the bot
 * said in reply is a normal answer, not the turn-error apology. Nothing pollutes Object.prototype.
 */
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { uiText } from '../../src/i18n/ui-text';
import { botInstalled, makeUser, textMessage, TENANT_ID } from '../support/teams-activity';
import { healthy, rawRequest, useCapturedBot, type RawRequest } from './http-edge-client';

const { connector, bot } = useCapturedBot({ ALLOWED_TENANT_ID: TENANT_ID });
const user = makeUser('Rar Forespørsel');
const JSON_TYPE = { 'content-type': 'application/json' };

/** The cases are built before the stub listens: its address is filled in when a case is sent. */
const SERVICE_URL = 'http://service-url.invalid';
type Activity = Record<string, unknown>;
const message = (text = 'hei'): Activity => textMessage(user, SERVICE_URL, text);
const invoke = (name: unknown, value?: unknown): Activity => ({ ...message(), text: undefined, type: 'invoke', name, value });
const post = (body: unknown, headers: Record<string, string> = JSON_TYPE): RawRequest => ({ headers, body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body) });

/** Sets `path` (dot-separated) in a copy of `activity`; `undefined` removes the field. */
function withField(activity: Activity, path: string, value: unknown): Activity {
  const copy = structuredClone(activity);
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? '';
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const nested = (depth: number, leaf: unknown = 'x'): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
};

const FIELDS = ['type', 'serviceUrl', 'conversation', 'conversation.id', 'from', 'from.id', 'recipient', 'value', 'text', 'channelData', 'entities', 'attachments'];
const ODD_VALUES: Array<[string, unknown]> = [
  ['missing', undefined],
  ['null', null],
  ['a number', 42],
  ['a negative float', -1.5e308],
  ['true', true],
  ['an empty string', ''],
  ['an empty array', []],
  ['an array of junk', [null, 1, 'a', {}]],
  ['an empty object', {}],
  ['a huge string', 'x'.repeat(200_000)],
  ['unicode garbage', '\u0000\u202e\ud800\udfff\ufffd💥\u0007'],
  ['deep nesting', nested(40)],
];

const cases: Array<[string, RawRequest]> = [];
for (const field of FIELDS) for (const [label, value] of ODD_VALUES) cases.push([`${field} is ${label}`, post(withField(message(), field, value))]);

cases.push(
  ['no content-type', { body: JSON.stringify(message()) }],
  ['content-type text/plain', post(message(), { 'content-type': 'text/plain' })],
  ['content-type application/json; charset=latin1', post(message(), { 'content-type': 'application/json; charset=latin1' })],
  ['content-type APPLICATION/JSON; Charset="UTF-8"', post(message(), { 'content-type': 'APPLICATION/JSON; Charset="UTF-8"' })],
  ['content-type garbage', post(message(), { 'content-type': ';;;=\u00ff' })],
  ['empty body', post('')],
  ['whitespace body', post('   \n ')],
  ['body null', post('null')],
  ['body a number', post('12345')],
  ['body a string', post('"message"')],
  ['body an array of activities', post([message(), message()])],
  ['truncated JSON', post(JSON.stringify(message()).slice(0, 40))],
  ['JSON with trailing garbage', post(`${JSON.stringify(message())}}}`)],
  ['JSON with a byte-order mark', post(`\ufeff${JSON.stringify(message())}`)],
  ['invalid UTF-8', post(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]))],
  ['NUL bytes', post('\u0000\u0000\u0000')],
  ['a body nested 100 000 deep', post(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
  ['value nested 60 deep (allowed depth)', post({ ...message(), value: nested(58) })],
  ['channelData nested 1000 deep', post({ ...message(), channelData: nested(1000) })],
  ['duplicate keys', post('{"type":"message","type":"invoke","name":"x","serviceUrl":"http://127.0.0.1:9/","channelId":"msteams","from":{"id":"1"},"recipient":{"id":"2"},"conversation":{"id":"3"}}')],
  ['__proto__ at the top', post(`{"__proto__":{"polluted":"yes"},${JSON.stringify(message()).slice(1)}`)],
  ['__proto__ in value', post({ ...message(), value: JSON.parse('{"__proto__":{"polluted":"yes"},"verb":"tree.go"}') as unknown })],
  ['constructor.prototype in channelData', post(JSON.stringify(message()).replace('"channelData":{', '"channelData":{"constructor":{"prototype":{"polluted":"yes"}},'))],
  ['__proto__ as the conversation', post(JSON.stringify(message()).replace('"conversation":{', '"conversation":{"__proto__":{"id":"x"},'))],
  ['constructor as the verb', post({ ...message(''), value: { verb: 'constructor' } })],
  ['toString as the verb', post({ ...message(''), value: { verb: 'toString' } })],
  ['type with a mention and no text', post({ ...message(), text: undefined, entities: [{ type: 'mention', mentioned: { id: 'x' }, text: '<at>x</at>' }] })],
  ['a mention without mentioned', post({ ...message('<at>bot</at> hei'), entities: [{ type: 'mention', text: '<at>bot</at>' }] })],
  ['an entity without a type', post({ ...message(), entities: [{ locale: 'nb-NO' }] })],
  ['locale a number', post({ ...message(), locale: 7 })],
  ['locale nonsense', post({ ...message(), locale: 'zz-ÅÅ-∞' })],
  ['conversation.tenantId a number', post(withField(message(), 'conversation.tenantId', 5))],
  ['channelData.tenant.id an object', post(withField(message(), 'channelData.tenant', { id: { id: TENANT_ID } }))],
  ['timestamp not a date', post({ ...message(), timestamp: 'yesterday' })],
  ['timestamp a number', post({ ...message(), timestamp: 1 })],
  ['deliveryMode expectReplies', post({ ...message(), deliveryMode: 'expectReplies' })],
  ['text of 5000 characters', post(message('spørsmål '.repeat(555)))],
  ['text only whitespace and controls', post(message(' \t\u0000\u200b '))],
  ['text right-to-left and emoji', post(message('\u202eكيف 🙃 bilder av elever?'))],
  ['type an unknown string', post({ ...message(), type: 'x'.repeat(200) })],
);

const oddValues: Array<[string, unknown]> = [
  ['an array', []],
  ['a string', 'tree.go'],
  ['zero', 0],
  ['verb a number', { verb: 42 }],
  ['tree.go without node', { verb: 'tree.go' }],
  ['tree.go with node an object', { verb: 'tree.go', node: { id: 'x' } }],
  ['tree.go to an unknown node', { verb: 'tree.go', node: 'no-such-node' }],
  ['handoff of an unknown kind', { verb: 'handoff', kind: 'nope' }],
  ['registration.step with a bad step', { verb: 'registration.step', step: 'x' }],
  ['escalation verb with junk', { verb: 'escalation.submit', description: 42 }],
];
for (const [label, value] of oddValues) cases.push([`message value ${label}`, post({ ...message(''), value })]);

const oddInvokes: Array<[string, unknown, unknown]> = [
  ['name a number', 42, {}],
  ['name empty', '', {}],
  ['name 1000 characters', 'n'.repeat(1000), {}],
  ['name with path traversal', '../../etc/passwd', {}],
  ['name unicode', 'adaptiveCard/åction💥', {}],
  ['adaptiveCard/action without value', 'adaptiveCard/action', undefined],
  ['adaptiveCard/action with missing action', 'adaptiveCard/action', { trigger: 'manual' }],
  ['adaptiveCard/action with verb not a string', 'adaptiveCard/action', { action: { type: 'Action.Execute', verb: ['x'] } }],
  ['adaptiveCard/action with data a string', 'adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'escalation.approve', data: 'x' } }],
  ['adaptiveCard/action with data null', 'adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'registration.requestInfo', data: null } }],
  ['adaptiveCard/action value an array', 'adaptiveCard/action', [1, 2]],
  ['composeExtension/query', 'composeExtension/query', { commandId: 'x' }],
  ['task/fetch with a string value', 'task/fetch', 'x'],
  ['signin/tokenExchange', 'signin/tokenExchange', { id: 1 }],
  ['fileConsent/invoke', 'fileConsent/invoke', null],
];
for (const [label, name, value] of oddInvokes) cases.push([`invoke ${label}`, post(invoke(name, value))]);

const oddMembers: Array<[string, unknown]> = [['null', null], ['a string', 'bot'], ['[null]', [null]], ['[42]', [42]], ['[{}]', [{}]], ['[{ id: 42 }]', [{ id: 42 }]], ['an object', { id: 'x' }], ['5000 members', Array.from({ length: 5000 }, (_, i) => ({ id: `29:${i}` }))]];
for (const [label, membersAdded] of oddMembers) cases.push([`conversationUpdate, membersAdded ${label}`, post({ ...botInstalled(user, SERVICE_URL), membersAdded })]);

for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'BREW']) cases.push([`method ${method}`, { method, headers: JSON_TYPE, body: method === 'GET' || method === 'HEAD' ? undefined : JSON.stringify(message()) }]);

const valid = Buffer.from(JSON.stringify(message()));
cases.push(
  ['gzip of a valid activity', post(gzipSync(valid), { ...JSON_TYPE, 'content-encoding': 'gzip' })],
  ['gzip that is not gzip', post('x', { ...JSON_TYPE, 'content-encoding': 'gzip' })],
  ['deflate', post(deflateSync(valid), { ...JSON_TYPE, 'content-encoding': 'deflate' })],
  ['br', post(brotliCompressSync(valid), { ...JSON_TYPE, 'content-encoding': 'br' })],
  ['compress', post(valid, { ...JSON_TYPE, 'content-encoding': 'compress' })],
  ['gzip, gzip', post(gzipSync(gzipSync(valid)), { ...JSON_TYPE, 'content-encoding': 'gzip, gzip' })],
  ['chunked body over the limit', { headers: JSON_TYPE, stream: { chunk: Buffer.alloc(32 * 1024, 0x20), count: 64 } }],
  ['chunked body of whitespace', { headers: JSON_TYPE, stream: { chunk: Buffer.from(' '), count: 10 } }],
  ['declared length over the limit', { headers: { ...JSON_TYPE, 'content-length': 300 * 1024 * 1024 }, stream: { chunk: Buffer.alloc(0), count: 0 } }],
  ['a bearer token in local mode', post(message(), { ...JSON_TYPE, authorization: 'Bearer a.b.c' })],
);


it('has at least 100 cases', () => expect(cases.length).toBeGreaterThanOrEqual(100));

const apologies = [uiText('nb').turnError, uiText('en').turnError];

it.each(cases)('%s → 2xx/4xx, still healthy, no error with a stack, no apology', async (_label, request) => {
  connector.clear();
  const errorsBefore = bot().errorsWithStack().length;
  const body = typeof request.body === 'string' ? request.body.replaceAll(SERVICE_URL, connector.url) : request.body;
  const answer = await rawRequest(bot().url, { timeoutMs: 15_000, ...request, body });
  expect(answer.status).toBeGreaterThanOrEqual(200);
  expect(answer.status).toBeLessThan(500);
  expect(await healthy(bot().url)).toBe(true);
  expect(bot().errorsWithStack().slice(errorsBefore)).toEqual([]);
  const replies = connector.requests.map((r) => JSON.stringify(r.body));
  for (const apology of apologies) expect(replies.join('\n')).not.toContain(apology);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});
