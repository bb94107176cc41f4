/**
 * The typed commands the bot understands, in Bokmål, Nynorsk and English, with or without æ/ø/å.
 * A command is the whole message (after the bot mention is removed), not a word inside a question.
 */
import { foldLetters } from '../matching/text-normalizer';

export type Command = 'help' | 'menu' | 'restart' | 'back' | 'english' | 'norwegian' | 'greeting';

const phrases: Record<Command, string[]> = {
  help: ['hjelp', 'help', 'hjelp meg', 'hva kan du', 'kva kan du', 'what can you do', '?', 'hva kan du hjelpe meg med', 'hva kan du hjelpe med', 'kva kan du hjelpe meg med', 'kva kan du hjelpe med', 'hva kan jeg spørre om', 'kva kan eg spørje om', 'what can you help me with', 'what can you help with', 'what can i ask'],
  menu: ['meny', 'menu', 'menyen', 'tema', 'temaer', 'topics', 'vis temaene', 'show topics'],
  restart: ['start på nytt', 'start pa nytt', 'start paa nytt', 'restart', 'start over', 'begynn på nytt', 'byrj på nytt', 'reset'],
  back: ['tilbake', 'back', 'gå tilbake', 'go back'],
  english: ['english', 'in english', 'engelsk', 'på engelsk', 'answer in english', 'speak english'],
  norwegian: ['norsk', 'bokmål', 'på norsk', 'in norwegian', 'norwegian', 'nynorsk', 'på bokmål'],
  greeting: ['hei', 'hallo', 'hello', 'hi', 'hey', 'heisann', 'god morgen', 'god dag', 'good morning'],
};

const lookup = new Map<string, Command>();
for (const [command, list] of Object.entries(phrases) as [Command, string[]][]) {
  for (const phrase of list) lookup.set(normalizeCommandText(phrase), command);
}

function normalizeCommandText(text: string): string {
  return foldLetters(text)
    .replace(/[!.,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(text: string): Command | undefined {
  const normalized = normalizeCommandText(text);
  return lookup.get(normalized) ?? (normalized === '' ? undefined : lookup.get(normalized.replace(/\?$/, '').trim()));
}
