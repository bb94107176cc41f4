/**
 * One bot and one loopback Bot Connector for a test suite: started before its tests, stopped after them.
 *
 *   const session = useBotSession({ ESCALATION_REMINDER_CHECK_SECONDS: '0' });
 *   const replies = await session.turn(user, textMessage(user, session.connector.url, 'hei'));
 */
import type { TeamsUser } from './teams-activity';
import { personalConversationId } from './teams-activity';
import { ConnectorStub } from './connector-stub';
import { postActivity, startInProcess } from './bot-under-test';

type Json = Record<string, unknown>;
type RunningBot = Awaited<ReturnType<typeof startInProcess>>;

export interface BotSession {
  connector: ConnectorStub;
  /** The bot's base URL (http://127.0.0.1:port). */
  url(): string;
  bot(): RunningBot;
  /** Posts the activity (expecting 200) and returns what the bot sent into the user's personal chat meanwhile. */
  turn(user: TeamsUser, activity: Json): Promise<Json[]>;
}

export function useBotSession(env: Record<string, string> = {}): BotSession {
  const connector = new ConnectorStub();
  let running: RunningBot | undefined;
  beforeAll(async () => {
    await connector.start();
    running = await startInProcess(env);
  });
  afterAll(async () => {
    await running?.stop();
    await connector.stop();
  });
  const bot = (): RunningBot => {
    if (!running) throw new Error('the bot is not running');
    return running;
  };
  return {
    connector,
    url: () => bot().url,
    bot,
    async turn(user, activity) {
      const chat = personalConversationId(user);
      const before = connector.sentTo(chat).length;
      expect((await postActivity(bot().url, activity)).status).toBe(200);
      return connector.sentTo(chat).slice(before);
    },
  };
}
