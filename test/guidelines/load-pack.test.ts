/**
 * loadGuidelinePack on broken copies of content/: every problem surfaces as a GuidelinePackError naming the
 * file and the place, never as a crash or a silently wrong pack.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GuidelinePackError, loadGuidelinePack } from '../../src/guidelines/load-pack';

const contentDir = path.resolve(__dirname, '../../content');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'guideline-pack-'));
  cpSync(contentDir, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (file: string, change: (text: string) => string): void => {
  const target = path.join(dir, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
};
const problemsOf = (): string[] => {
  try {
    loadGuidelinePack(dir);
  } catch (error) {
    if (error instanceof GuidelinePackError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadGuidelinePack', () => {
  it('loads an unchanged copy', () => {
    const pack = loadGuidelinePack(dir);
    expect(pack.document.sections).toHaveLength(12);
    expect(pack.rules.size).toBe(43);
    expect(pack.nodes.get('create-profile')?.kind).toBe('answer');
  });

  it('names the file and the node when the tree breaks the schema', () => {
    edit('tree.yaml', (text) => text.replace('  - id: picture-consent\n    kind: answer', '  - id: picture-consent\n    kind: answr'));
    const problems = problemsOf();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tree\.yaml: nodes\[\d+\] \(picture-consent\)\.kind: /);
  });

  it('names the path of a bad field', () => {
    edit('tree.yaml', (text) => text.replace('      - R4.4.5\n      - R4.4.6\n', '      - R4.4.5\n      - rule 6\n'));
    expect(problemsOf()).toEqual(['tree.yaml: nodes[2] (picture-checklist).rules[2]: rule ids look like R4.4.4 or M.1']);
  });

  it('reports invalid YAML with the file name', () => {
    edit('rules.yaml', (text) => text.replace('rules:', 'rules: [\n'));
    expect(problemsOf()[0]).toMatch(/^rules\.yaml: not valid YAML: /);
  });

  it('reports a missing file', () => {
    rmSync(path.join(dir, 'retningslinjer.md'));
    expect(problemsOf()[0]).toMatch(/^retningslinjer\.md: cannot be read from /);
  });

  it('collects the problems of several files at once', () => {
    edit('rules.yaml', (text) => text.replace('section: "4.4"', 'section: 4.4.4'));
    edit('tree.yaml', (text) => text.replace('root: start', 'root: Start'));
    const problems = problemsOf();
    expect(problems.some((problem) => problem.startsWith('rules.yaml: rules['))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('tree.yaml: root: '))).toBe(true);
  });

  it('reports a duplicated rule entry', () => {
    edit('rules.yaml', (text) => `${text}  - id: R1.1\n    section: "1"\n    quote: Denne rutinen gjelder både for politikere og ansatte i Båtsfjord kommune.\n    en: Again.\n`);
    expect(problemsOf()).toEqual(['rules.yaml: rule R1.1 is listed more than once']);
  });

  it('runs the validator and reports what it finds', () => {
    edit('retningslinjer.md', (text) => text.replace('Derfor er en god huskeregel å fatte seg i korthet.', 'Derfor er en god huskeregel 3 fatte seg i korthet.'));
    const problems = problemsOf();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^rule R4\.4\.2: quote not found verbatim in section 4\.4: "Svar saklig og høflig/);
    expect(problems[1]).toBe('OCR leftover in section 4.4: "3", "8", "&" or "a" standing for "å": «3»');
  });
});
