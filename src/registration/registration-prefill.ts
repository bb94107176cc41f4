/**
 * What the form can fill in before the user types: what they already said ("instagram for biblioteket": the
 * platform and the unit) and what the directory knows (their name, e-mail and unit; their manager as the head of
 * unit). Only suggestions: every value stays editable and is validated when the step is sent.
 */
import type { DirectoryPerson, LeaderDirectory } from '../directory/leader-directory';
import type { Platform } from './registration-form';

export interface Prefill {
  platform?: Platform;
  unit?: string;
  headName?: string;
  headEmail?: string;
  admin1Name?: string;
  admin1Email?: string;
}

const PLATFORM_WORDS: [RegExp, Platform][] = [
  [/\b(facebook\w*|fb)\b/, 'facebook'],
  [/\b(instagram\w*|insta)\b/, 'instagram'],
  [/\blinkedin\w*\b/, 'linkedin'],
  [/\b(twitter\w*|x-konto\w*)\b/, 'x'],
  [/\bsnapchat\w*\b/, 'snapchat'],
  [/\btiktok\w*\b/, 'tiktok'],
  [/\byoutube\w*\b/, 'youtube'],
];

/** "for biblioteket", "til Båtsfjord skole": up to four words after the preposition, until a stop word or a sign. */
const UNIT = /\b(?:for|til)\s+(?:the\s+)?((?:[\p{L}][\p{L}-]*)(?:\s+[\p{L}][\p{L}-]*){0,3})/u;
const STOP = new Set(['som', 'og', 'med', 'der', 'hvor', 'fordi', 'that', 'and', 'with', 'because', 'kommunen', 'oss', 'meg', 'us', 'me']);

function unitOf(text: string): string | undefined {
  const words = UNIT.exec(text)?.[1]?.split(/\s+/) ?? [];
  const kept: string[] = [];
  for (const word of words) {
    if (STOP.has(word.toLowerCase())) break;
    kept.push(word);
  }
  const unit = kept.join(' ');
  return unit.length >= 3 ? unit.charAt(0).toUpperCase() + unit.slice(1) : undefined;
}

/** The platform and unit a sentence names ("vi vil lage en Instagram-konto for biblioteket"). */
export function prefillFromText(text: string): Pick<Prefill, 'platform' | 'unit'> {
  const lower = text.toLowerCase();
  const platform = PLATFORM_WORDS.find(([pattern]) => pattern.test(lower))?.[1];
  const unit = unitOf(text);
  return { ...(platform ? { platform } : {}), ...(unit ? { unit } : {}) };
}

/** The requester as first administrator and their unit; their manager as the responsible head of unit. */
export function prefillFromDirectory(me: DirectoryPerson | undefined, manager: DirectoryPerson | undefined): Prefill {
  const prefill: Prefill = {};
  if (me) {
    prefill.admin1Name = me.displayName;
    if (me.mail) prefill.admin1Email = me.mail;
    if (me.department) prefill.unit = me.department;
  }
  if (manager) {
    prefill.headName = manager.displayName;
    if (manager.mail) prefill.headEmail = manager.mail;
  }
  return prefill;
}

/** The directory's suggestions for a person; none when the directory cannot be asked (Graph down, unknown person). */
export async function prefillFor(directory: LeaderDirectory | undefined, userId: string | undefined): Promise<Prefill> {
  if (!directory || !userId) return {};
  try {
    const [me, manager] = await Promise.all([directory.person(userId), directory.managerOf(userId)]);
    return prefillFromDirectory(me, manager.kind === 'found' ? manager.manager : undefined);
  } catch {
    return {};
  }
}
