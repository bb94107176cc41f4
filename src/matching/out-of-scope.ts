/**
 * Known out-of-scope phrasings (content/out-of-scope.yaml): questions people send to this bot that the
 * guidelines do not answer. Indexed by the matcher so that they lead to an honest "not covered".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '../guidelines/load-pack';

const fileSchema = z.object({ phrasings: z.array(z.string().min(3)) }).strict();

export function loadOutOfScopePhrasings(dir: string = contentDir()): string[] {
  const file = path.join(dir, 'out-of-scope.yaml');
  const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.phrasings;
}
