import { chooseLang, guessLanguage, langFromLocale } from '../../src/i18n/language';

describe('language', () => {
  it('reads the language of a message from its function words', () => {
    expect(guessLanguage('kan jeg legge ut bilder av elevene pa facebook?')).toBe('nb');
    expect(guessLanguage('kan eg leggje ut bilete av elevane?')).toBe('nb');
    expect(guessLanguage('can I post pictures of the pupils on facebook?')).toBe('en');
    expect(guessLanguage('facebook')).toBeUndefined();
  });

  it('an explicit choice wins, then the message, then the last language written, then the locale (Bokmål by default)', () => {
    expect(chooseLang({ preference: 'en', locale: 'nb-NO', text: 'kan jeg poste dette?' })).toBe('en');
    expect(chooseLang({ locale: 'en-US', text: 'kan jeg poste dette?' })).toBe('nb');
    expect(chooseLang({ locale: 'nb-NO', text: 'can I post this?' })).toBe('en');
    expect(chooseLang({ locale: 'en-GB', text: 'facebook' })).toBe('en');
    expect(chooseLang({ locale: 'en-GB', recent: 'nb' })).toBe('nb');
    expect(chooseLang({})).toBe('nb');
    expect(langFromLocale(undefined)).toBe('nb');
    expect(langFromLocale('nn-NO')).toBe('nb');
  });
});
