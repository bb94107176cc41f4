/**
 * Issue 3 end to end over HTTP against the loopback Bot Connector, with the bot in its own process: a user
 * registers a profile (killed and restarted half way), the IT channel gets the card exactly once although the
 * connector fails twice, a non-IT user is refused, an IT member acknowledges (killed and restarted before), the
 * card updates in place and says who and when, the requester is told, and a replayed click changes nothing.
 */
import { ConnectorStub, type RecordedRequest } from '../support/connector-stub';
import { startProcess, tempDataDir, type BotProcess } from '../support/bot-under-test';
import { actionTitled, cardOf, cardText, visibleText } from '../support/card-reader';
import { makeUser, personalConversationId } from '../support/teams-activity';
import { IT_CHANNEL_ID, cardReading, clickOnLast, execute, executeAction, lastTo, say, submitStep, validChecklist, validPeople, validProfile, waitForOutboxSent } from '../registration/registration-driver';

const isChannelPost = (r: RecordedRequest): boolean => r.method === 'POST' && r.path === '/v3/conversations';

describe('profile registration end to end', () => {
  const connector = new ConnectorStub();
  let bot: BotProcess | undefined;
  const requester = makeUser('Kari Nilsen');
  const itMember = makeUser('Ingrid Johansen');
  const outsider = makeUser('Ole Hansen');

  beforeAll(async () => {
    await connector.start();
  });
  afterAll(async () => {
    await bot?.stop();
    await connector.stop();
  });

  it('from the first message to an acknowledged registration, surviving SIGKILLs, with retries and exactly one IT card', async () => {
    const dataDir = tempDataDir();
    const env = {
      DATA_DIR: dataDir,
      IT_CHANNEL_ID,
      IT_CHANNEL_SERVICE_URL: connector.url,
      IT_MEMBER_AAD_IDS: itMember.aadObjectId,
      OUTBOX_RETRY_BASE_MS: '20',
      OUTBOX_POLL_MS: '20',
    };
    const restart = async (): Promise<void> => {
      await bot?.kill();
      bot = await startProcess(env);
    };
    bot = await startProcess(env);

    // The requester starts, fills in the first step, and the bot is killed.
    expect(await say(bot.url, connector, requester, 'registrer profil')).toBe(200);
    expect(visibleText(lastTo(connector, requester))).toContain('Steg 1 av 3');
    await submitStep(bot.url, connector, requester, 'profile', validProfile);
    expect(visibleText(lastTo(connector, requester))).toContain('Steg 2 av 3');
    await restart();

    // Coming back resumes at step 2.
    await say(bot.url, connector, requester, 'registrer profil');
    expect(visibleText(lastTo(connector, requester))).toContain('Steg 2 av 3');
    await submitStep(bot.url, connector, requester, 'people', validPeople);
    await submitStep(bot.url, connector, requester, 'checklist', validChecklist);
    const summary = cardReading(cardOf(lastTo(connector, requester)));
    expect(summary).toContain('Se over registreringen');
    expect(summary).toContain('Båtsfjord barnehage');

    // The channel post fails twice with 500 before it succeeds.
    connector.failNext(2, 500, (r) => r.method === 'POST' && r.path === '/v3/conversations');
    await clickOnLast(bot.url, connector, requester, 'Send til IT');
    const confirmation = visibleText(lastTo(connector, requester));
    const ref = /SOME-\d{4}-\d{4}/.exec(confirmation)?.[0];
    expect(ref).toBeDefined();
    expect(confirmation).toContain('sendes nå');

    await connector.waitFor((rs) => rs.some((r) => isChannelPost(r) && r.status === 200));
    const posts = connector.requests.filter(isChannelPost);
    expect(posts.map((p) => p.status)).toEqual([500, 500, 200]);
    const post = posts[2]!;
    expect(post.body['channelData']).toMatchObject({ channel: { id: IT_CHANNEL_ID } });
    const itCardText = cardReading(cardOf(post.body['activity'] as Record<string, unknown>));
    for (const expected of [ref!, 'Båtsfjord barnehage', 'https://www.instagram.com/batsfjord.barnehage', 'Hanne Leder', 'Siri Admin', 'Kari Nilsen', 'Retningslinjer for sosiale medier, punkt 4.3 (R4.3.3)', 'Retningslinjer for sosiale medier, punkt 4.4 (R4.4.4)']) {
      expect(itCardText).toContain(expected);
    }
    const thread = post.answeredId!;
    // The stub answers a new conversation with { id: stub-conversation-N, activityId: stub-activity-N+1 }.
    const cardActivityId = `stub-activity-${Number(thread.split('-').at(-1)) + 1}`;
    const card = cardOf(post.body['activity'] as Record<string, unknown>);
    const acknowledge = actionTitled(card, 'Registrert i oversikten');
    expect(acknowledge.type).toBe('Action.Execute');

    await waitForOutboxSent(dataDir, `registration-${ref}-post`);
    await restart();

    // A non-IT user's click is refused and changes nothing.
    const refused = await execute(bot.url, executeAction(outsider, connector.url, thread, cardActivityId, acknowledge.verb!, acknowledge.data!));
    expect(refused.statusCode).toBe(403);
    expect(refused.type).toBe('application/vnd.microsoft.error');

    // The IT member acknowledges: the response card and the in-place update say who and when.
    const acknowledged = await execute(bot.url, executeAction(itMember, connector.url, thread, cardActivityId, acknowledge.verb!, acknowledge.data!));
    expect(acknowledged.statusCode).toBe(200);
    const updatedText = cardText(acknowledged.value);
    expect(updatedText).toMatch(/Status: Registrert i oversikten – Ingrid Johansen, \d\d\.\d\d\.\d{4},? \d\d[:.]\d\d/);
    expect(updatedText).not.toContain('Be om mer informasjon');
    await connector.waitFor((rs) => rs.some((r) => r.method === 'PUT' && r.activityId === cardActivityId));
    const put = connector.requests.find((r) => r.method === 'PUT' && r.activityId === cardActivityId)!;
    expect(cardText(cardOf(put.body))).toContain('Registrert i oversikten – Ingrid Johansen');

    // The requester is told.
    const conversation = personalConversationId(requester);
    await connector.waitFor(() => connector.sentTo(conversation).some((a) => visibleText(a).includes('har registrert profilen')));
    const told = connector.sentTo(conversation).filter((a) => visibleText(a).includes('har registrert profilen'));
    expect(visibleText(told[0]!)).toContain(ref!);

    // A replayed click (same card version) shows the current state and changes nothing twice.
    const replay = await execute(bot.url, executeAction(itMember, connector.url, thread, cardActivityId, acknowledge.verb!, acknowledge.data!));
    expect(replay.statusCode).toBe(200);
    expect(cardText(replay.value)).toBe(updatedText);
    await say(bot.url, connector, requester, 'mine registreringer');
    const mine = JSON.stringify(cardOf(lastTo(connector, requester)));
    for (const shown of [ref, 'Instagram', 'Båtsfjord barnehage', 'Registrert i oversikten']) expect(mine).toContain(shown);
    expect(connector.sentTo(conversation).filter((a) => visibleText(a).includes('har registrert profilen'))).toHaveLength(1);
    expect(connector.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(connector.requests.filter(isChannelPost)).toHaveLength(3);
  }, 120_000);
});
