/**
 * Official profiles are administered with the kommune's own e-mail, so the kommune keeps access when someone
 * leaves. Addresses outside the kommune's domains (KOMMUNE_EMAIL_DOMAINS, default batsfjord.kommune.no; sub-domains
 * count) are not refused: the form asks the user to confirm them.
 */
import type { PeopleStep } from './registration-form';

export const DEFAULT_KOMMUNE_EMAIL_DOMAINS = ['batsfjord.kommune.no'];

function inDomains(address: string, domains: readonly string[]): boolean {
  const host = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The step's addresses outside the kommune's domains, in form order. */
export function outsideAddresses(people: PeopleStep, domains: readonly string[]): string[] {
  const addresses = [people.headEmail, people.admin1Email, people.admin2Email].filter((a): a is string => !!a);
  return [...new Set(addresses.filter((address) => !inDomains(address, domains)))];
}

/** The people step needs the user's confirmation: addresses outside the domains, not confirmed on the card. */
export function needsEmailConfirmation(people: PeopleStep, input: unknown, domains: readonly string[]): string[] {
  const confirmed = typeof input === 'object' && input !== null && (input as Record<string, unknown>)['confirmOutside'] === 'true';
  return confirmed ? [] : outsideAddresses(people, domains);
}
