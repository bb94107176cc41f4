/**
 * A dialog in progress survives a hard kill of the bot: the conversation state is in SQLite, not in memory.
 */
import { ConnectorStub } from '../support/connector-stub';
import { postActivity, startProcess, tempDataDir, type BotProcess } from '../support/bot-under-test';
import { actionTitled, cardOf, cardText } from '../support/card-reader';
import { cardSubmit, makeUser, personalConversationId, textMessage } from '../support/teams-activity';

describe('restart', () => {
  const connector = new ConnectorStub();
  let bot: BotProcess | undefined;

  beforeAll(async () => {
    await connector.start();
  });
  afterAll(async () => {
    await bot?.stop();
    await connector.stop();
  });

  it('after SIGKILL and a restart on the same data, "tilbake" continues where the user was', async () => {
    const dataDir = tempDataDir();
    bot = await startProcess({ DATA_DIR: dataDir });
    const user = makeUser('Omstart Test');
    const conversation = personalConversationId(user);
    const last = (): Record<string, unknown> => connector.sentTo(conversation).at(-1)!;

    await postActivity(bot.url, textMessage(user, connector.url, 'hei'));
    await postActivity(bot.url, cardSubmit(user, connector.url, actionTitled(cardOf(last()), 'Bilder og personvern').data));
    const topicCard = cardOf(last());
    const topicText = cardText(topicCard);
    const deeper = actionTitled(topicCard, /.+/);
    await postActivity(bot.url, cardSubmit(user, connector.url, deeper.data));
    expect(cardText(cardOf(last()))).not.toBe(topicText);

    await bot.kill();
    bot = await startProcess({ DATA_DIR: dataDir });

    const response = await postActivity(bot.url, textMessage(user, connector.url, 'tilbake'));
    expect(response.status).toBe(200);
    expect(cardText(cardOf(last()))).toBe(topicText);
  });
});
