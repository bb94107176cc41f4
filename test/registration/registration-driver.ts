/**
 * Drives the registration over HTTP like Teams would: personal messages and card submits from the requester,
 * channel messages with an @mention and Action.Execute invokes from the IT channel.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { outboxItemKey } from '../../src/outbox/outbox';
import { SqliteStore } from '../../src/storage/sqlite-store';
import { postActivity } from '../support/bot-under-test';
import type { ConnectorStub } from '../support/connector-stub';
import { actionTitled, cardOf, visibleText } from '../support/card-reader';
import { BOT_ID, TENANT_ID, cardSubmit, personalConversationId, textMessage, type TeamsUser } from '../support/teams-activity';

export const IT_CHANNEL_ID = '19:it-channel@thread.tacv2';

export const validProfile = {
  platform: 'instagram',
  profileName: 'Båtsfjord barnehage',
  profileUrl: 'https://www.instagram.com/batsfjord.barnehage',
  unit: 'Båtsfjord barnehage',
  purpose: 'Vise hverdagen i barnehagen og informere foreldre',
  audience: 'Foreldre og innbyggere',
};
export const validPeople = { headName: 'Hanne Leder', headEmail: 'hanne.leder@batsfjord.kommune.no', admin1Name: 'Siri Admin', admin1Email: 'siri.admin@batsfjord.kommune.no', admin2Name: '', admin2Email: '' };
export const validChecklist = { coatOfArms: 'true', websiteFirst: 'true', oneWorkingDay: 'true', crisisRouting: 'true', pictureConsent: 'true' };

export function lastTo(connector: ConnectorStub, user: TeamsUser): Record<string, unknown> {
  const sent = connector.sentTo(personalConversationId(user));
  const last = sent.at(-1);
  if (!last) throw new Error('nothing sent to the user');
  return last;
}

export async function say(botUrl: string, connector: ConnectorStub, user: TeamsUser, text: string): Promise<number> {
  return (await postActivity(botUrl, textMessage(user, connector.url, text))).status;
}

/** Clicks the card's primary "Next" with the given inputs (Teams merges inputs into the submit data). */
export async function submitStep(botUrl: string, connector: ConnectorStub, user: TeamsUser, step: string, inputs: Record<string, string>): Promise<void> {
  await postActivity(botUrl, cardSubmit(user, connector.url, { verb: 'registration.step', step, ...inputs }));
}

export async function clickOnLast(botUrl: string, connector: ConnectorStub, user: TeamsUser, title: string | RegExp): Promise<void> {
  const action = actionTitled(cardOf(lastTo(connector, user)), title);
  await postActivity(botUrl, cardSubmit(user, connector.url, action.data));
}

function channelBase(user: TeamsUser, serviceUrl: string, conversationId: string): Record<string, unknown> {
  return {
    id: `f:${randomUUID()}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    conversation: { conversationType: 'channel', isGroup: true, tenantId: TENANT_ID, id: conversationId },
    recipient: { id: BOT_ID, name: 'Retningslinjer SoMe' },
    locale: 'nb-NO',
    channelData: { tenant: { id: TENANT_ID }, channel: { id: IT_CHANNEL_ID }, team: { id: '19:team-batsfjord@thread.tacv2' } },
  };
}

/** "@Retningslinjer SoMe <text>" written in the IT channel (a new post). */
export function channelMessage(user: TeamsUser, serviceUrl: string, text: string): Record<string, unknown> {
  const mention = '<at>Retningslinjer SoMe</at>';
  return {
    ...channelBase(user, serviceUrl, `${IT_CHANNEL_ID};messageid=${Date.now()}`),
    type: 'message',
    text: `${mention} ${text}`,
    entities: [{ type: 'mention', text: mention, mentioned: { id: BOT_ID, name: 'Retningslinjer SoMe' } }],
  };
}

/** An Action.Execute click on the card `activityId` in the thread `conversationId`. */
export function executeAction(user: TeamsUser, serviceUrl: string, conversationId: string, activityId: string, verb: string, data: Record<string, unknown>): Record<string, unknown> {
  return {
    ...channelBase(user, serviceUrl, conversationId),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: activityId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export interface InvokeAnswer {
  statusCode: number;
  type: string;
  value: Record<string, unknown>;
}

export async function execute(botUrl: string, activity: Record<string, unknown>): Promise<InvokeAnswer> {
  const response = await postActivity(botUrl, activity);
  const answer = JSON.parse(response.body) as InvokeAnswer;
  if (response.status !== answer.statusCode) throw new Error(`invoke answered HTTP ${response.status} with body status ${answer.statusCode}`);
  return answer;
}

/** What a person reads on a card: its TextBlocks, its RichTextBlocks (runs joined) and its FactSets ("title: value"). */
export function cardReading(card: Record<string, unknown> | undefined): string {
  const lines: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const element = node as Record<string, unknown>;
      if (element['type'] === 'TextBlock' && typeof element['text'] === 'string') lines.push(element['text']);
      if (element['type'] === 'RichTextBlock' && Array.isArray(element['inlines'])) lines.push((element['inlines'] as { text?: unknown }[]).map((run) => String(run.text ?? '')).join(''));
      if (element['type'] === 'FactSet' && Array.isArray(element['facts'])) {
        for (const fact of element['facts'] as { title?: unknown; value?: unknown }[]) lines.push(`${String(fact.title)}: ${String(fact.value)}`);
      }
      if (element['type'] !== 'FactSet' && element['type'] !== 'RichTextBlock') Object.values(element).forEach(walk);
    }
  };
  walk(card?.['body']);
  return lines.join('\n');
}

/** Fills in the whole form with valid data and sends it; returns the reference the bot confirmed. */
export async function registerProfile(botUrl: string, connector: ConnectorStub, user: TeamsUser, profile: Record<string, string> = validProfile): Promise<string> {
  await say(botUrl, connector, user, 'registrer profil');
  await submitStep(botUrl, connector, user, 'profile', profile);
  await submitStep(botUrl, connector, user, 'people', validPeople);
  await submitStep(botUrl, connector, user, 'checklist', validChecklist);
  await clickOnLast(botUrl, connector, user, /^Send/);
  const ref = /SOME-\d{4}-\d{4}/.exec(visibleText(lastTo(connector, user)))?.[0];
  if (!ref) throw new Error(`no reference in: ${visibleText(lastTo(connector, user))}`);
  return ref;
}

/** The successful channel posts (new threads) and, for each, the thread id and the card's activity id. */
export function channelPosts(connector: ConnectorStub): { thread: string; activityId: string; card: Record<string, unknown> | undefined }[] {
  return connector.requests
    .filter((r) => r.method === 'POST' && r.path === '/v3/conversations' && r.status === 200)
    .map((r) => ({
      thread: r.answeredId ?? '',
      // The stub answers a new conversation with { id: stub-conversation-N, activityId: stub-activity-N+1 }.
      activityId: `stub-activity-${Number((r.answeredId ?? '').split('-').at(-1)) + 1}`,
      card: cardOf(r.body['activity'] as Record<string, unknown>),
    }));
}

/**
 * Waits until the bot has recorded the outbox item `id` as sent in its SQLite file (the bot may run in another
 * process). Between the Connector accepting a post and this record lies the one window in which a kill makes
 * the post go out again (see ADR 0020); a test that kills the bot waits for the record first.
 */
export async function waitForOutboxSent(dataDir: string, id: string, timeoutMs = 10_000): Promise<void> {
  const store = await SqliteStore.open(path.join(dataDir, 'bot.sqlite'));
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const item = (await store.read([outboxItemKey(id)]))[outboxItemKey(id)];
      if (item?.['state'] === 'sent') return;
      if (Date.now() > deadline) throw new Error(`outbox item ${id} not sent within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    store.close();
  }
}
