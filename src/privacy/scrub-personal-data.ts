/**
 * Removes what identifies a person from a text before it is kept for the guideline owner (the log of questions
 * the bot could not answer): fødselsnummer and d-nummer (checksum-valid, via the personal-id guard), e-mail
 * addresses and phone numbers. What is left is the question, not the person.
 */
import { scanForPersonalIds } from './personal-id-guard';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
/** Norwegian and international numbers: +47 / 0047, 8 digits in groups, or any 7+ digit run with separators. */
const PHONE = /(?<![\p{L}\p{N}])(?:(?:\+|00)\d{1,3}[\s.-]?)?(?:\d[\s.-]?){7,11}\d(?![\p{L}\p{N}])/gu;

export function scrubPersonalData(text: string): string {
  return scanForPersonalIds(text)
    .redacted.replace(EMAIL, '[e-post fjernet]')
    .replace(PHONE, '[telefonnummer fjernet]');
}

/** Whether a text still carries a mark of the scrubber ("[e-post fjernet]" …): such a text is a log entry, not a phrasing. */
export function hasScrubbedParts(text: string): boolean {
  return /\[(?:fødselsnummer|e-post|telefonnummer) fjernet\]/u.test(text);
}
