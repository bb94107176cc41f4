import { chooseLang, guessLanguage, langFromLocale } from '../../src/i18n/language';

describe('language', () => {
  it('reads the language of a message from its function words', () => {
    expect(guessLanguage('kan jeg legge ut bilder av elevene pa facebook?')).toBe('nb');
    expect(guessLanguage('kan eg leggje ut bilete av elevane?')).toBe('nb');
    expect(guessLanguage('can I post pictures of the pupils on facebook?')).toBe('en');
    expect(guessLanguage('facebook')).toBeUndefined();
  });

  it('greetings, thanks and short Norwegian words count as Norwegian; their English twins as English', () => {
    for (const word of ['hei', 'Hei!', 'heisann', 'takk', 'Tusen takk 😊', 'greit', 'hjelp', 'meny']) expect(guessLanguage(word)).toBe('nb');
    for (const word of ['hi', 'Hello!', 'thanks', 'thank you']) expect(guessLanguage(word)).toBe('en');
    for (const word of ['ok', 'help', 'menu']) expect(guessLanguage(word)).toBeUndefined();
  });

  it('an explicit choice wins, then the message, then the last language written; else Bokmål (never the locale)', () => {
    expect(chooseLang({ preference: 'en', text: 'kan jeg poste dette?' })).toBe('en');
    expect(chooseLang({ text: 'kan jeg poste dette?' })).toBe('nb');
    expect(chooseLang({ text: 'can I post this?' })).toBe('en');
    expect(chooseLang({ text: 'facebook' })).toBe('nb');
    expect(chooseLang({ recent: 'en', text: 'facebook' })).toBe('en');
    expect(chooseLang({ recent: 'nb' })).toBe('nb');
    expect(chooseLang({})).toBe('nb');
    expect(langFromLocale(undefined)).toBe('nb');
    expect(langFromLocale('nn-NO')).toBe('nb');
  });
});
