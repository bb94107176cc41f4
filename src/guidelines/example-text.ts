/**
 * When two example phrasings are the same example: the text with case, surrounding and repeated whitespace and
 * trailing punctuation ignored (Unicode NFC). Letters are kept as they are — "hva ma jeg" and "hva må jeg" are
 * different examples on purpose (users type with and without æ/ø/å).
 */
export function normaliseExample(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s?!.]+$/u, '');
}
