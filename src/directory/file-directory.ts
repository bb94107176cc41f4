/**
 * The embedded leader directory: a YAML or JSON file (ORG_DIRECTORY_FILE) with a top-level `people` list,
 * each person in Graph's field names (`id`, `displayName`, `mail`, `department`, `jobTitle`, `manager`).
 * Validated at start-up: unknown managers and cycles are errors naming the person.
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import { directoryPerson, type DirectoryPerson, type LeaderDirectory, type ManagerLookup } from './leader-directory';

const filePerson = directoryPerson.extend({ manager: z.string().min(1).nullish() }).strict();
export const directoryFileSchema = z.object({ people: z.array(filePerson).min(1) }).strict();
type FilePerson = z.infer<typeof filePerson>;

export class DirectoryFileError extends Error {}

function strip(person: FilePerson): DirectoryPerson {
  const { manager: _manager, ...rest } = person;
  return rest;
}

export class FileDirectory implements LeaderDirectory {
  private readonly people: ReadonlyMap<string, FilePerson>;

  constructor(people: readonly FilePerson[]) {
    const map = new Map<string, FilePerson>();
    for (const person of people) {
      if (map.has(person.id)) throw new DirectoryFileError(`Duplicate person id ${person.id}`);
      map.set(person.id, person);
    }
    for (const person of people) {
      if (person.manager && !map.has(person.manager)) throw new DirectoryFileError(`${person.displayName}: manager ${person.manager} is not in the directory`);
      const seen = new Set<string>();
      for (let at: FilePerson | undefined = person; at?.manager; at = map.get(at.manager)) {
        if (seen.has(at.id)) throw new DirectoryFileError(`${person.displayName}: the manager chain has a cycle`);
        seen.add(at.id);
      }
    }
    this.people = map;
  }

  static parse(text: string, fileName: string): FileDirectory {
    let raw: unknown;
    try {
      raw = fileName.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
    } catch {
      throw new DirectoryFileError(`${fileName}: not valid ${fileName.endsWith('.json') ? 'JSON' : 'YAML'}`);
    }
    const parsed = directoryFileSchema.safeParse(raw);
    if (!parsed.success) throw new DirectoryFileError(`${fileName}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return new FileDirectory(parsed.data.people);
  }

  static load(file: string): FileDirectory {
    return FileDirectory.parse(readFileSync(file, 'utf8'), file);
  }

  async managerOf(userId: string): Promise<ManagerLookup> {
    const managerId = this.people.get(userId)?.manager;
    const manager = managerId ? this.people.get(managerId) : undefined;
    return manager ? { kind: 'found', manager: strip(manager) } : { kind: 'none' };
  }

  /** The leaders above the nearest one (the manager chain, nearest first): whom one may pick when the leader is away. */
  async alternatives(userId: string): Promise<DirectoryPerson[]> {
    const chain: DirectoryPerson[] = [];
    const nearest = this.people.get(userId)?.manager;
    for (let at = nearest ? this.people.get(nearest)?.manager : undefined; at; at = this.people.get(at)?.manager) {
      const leader = this.people.get(at);
      if (!leader || at === userId) break;
      chain.push(strip(leader));
    }
    return chain;
  }

  async person(id: string): Promise<DirectoryPerson | undefined> {
    const person = this.people.get(id);
    return person ? strip(person) : undefined;
  }
}
