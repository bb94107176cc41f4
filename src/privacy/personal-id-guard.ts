/**
 * The personal-data guard: finds Norwegian national identity numbers (fødselsnummer, d-nummer, and the
 * synthetic/H-numbers the validator knows) in free text, checksum-validated, so that they are neither stored
 * nor forwarded. Eleven digits that fail the checksum (an order number, a phone number pair) pass through.
 */
import { validateNorwegianIdNumber } from 'norwegian-national-id-validator';

/** 11 digits, optionally written "DDMMYY NNNNN" or "DDMMYY-NNNNN" or with dots, not part of a longer number. */
const CANDIDATE = /(?<!\d)(\d{2})[.]?(\d{2})[.]?(\d{2})[\s-]?(\d{5})(?!\d)/g;

export interface PersonalIdScan {
  found: boolean;
  /** The text with every detected number replaced by "[fødselsnummer fjernet]". */
  redacted: string;
}

export function scanForPersonalIds(text: string): PersonalIdScan {
  let found = false;
  const redacted = text.replace(CANDIDATE, (match: string, dd: string, mm: string, yy: string, rest: string) => {
    if (!validateNorwegianIdNumber(`${dd}${mm}${yy}${rest}`)) return match;
    found = true;
    return '[fødselsnummer fjernet]';
  });
  return { found, redacted };
}

export function containsPersonalId(text: string): boolean {
  return scanForPersonalIds(text).found;
}
