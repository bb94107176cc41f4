/**
 * The two user-facing languages. Norwegian Bokmål first; English when the Teams locale is English or the
 * user asks. Nynorsk is understood in questions and answered in Bokmål (the document's own language).
 */
export type Lang = 'nb' | 'en';

/** Teams sends locales like "nb-NO", "nn-NO", "en-US", "en-GB". */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'nb';
}

export function chooseLang(preference: Lang | undefined, locale: string | undefined): Lang {
  return preference ?? langFromLocale(locale);
}
