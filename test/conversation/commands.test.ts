import { parseCommand } from '../../src/conversation/commands';

describe('commands', () => {
  it.each([
    ['hjelp', 'help'],
    ['Help!', 'help'],
    ['meny', 'menu'],
    ['MENU', 'menu'],
    ['start på nytt', 'restart'],
    ['start pa nytt', 'restart'],
    ['restart', 'restart'],
    ['tilbake', 'back'],
    ['english', 'english'],
    ['norsk', 'norwegian'],
    ['hei', 'greeting'],
    ['Hva kan du hjelpe meg med?', 'help'],
    ['what can you help me with?', 'help'],
  ])('"%s" is the %s command', (text, command) => {
    expect(parseCommand(text)).toBe(command);
  });

  it('a question that contains a command word is not a command', () => {
    expect(parseCommand('kan jeg få hjelp med å legge ut bilder?')).toBeUndefined();
    expect(parseCommand('hva står det i menyen om krise')).toBeUndefined();
    expect(parseCommand('')).toBeUndefined();
  });
});
