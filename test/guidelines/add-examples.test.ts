/**
 * Adding example phrasings to tree.yaml as a text edit (issue 12's review queue): the diff is the added lines only
 * (comments, quoting, order and long lines untouched), duplicates are skipped, unknown nodes refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { addExamples, TreeLayoutError, UnknownNodeError } from '../../src/guidelines/add-examples';
import { treeSchema } from '../../src/guidelines/pack-schema';
import { addedLines } from '../support/added-lines';

const TREE = readFileSync(path.join(__dirname, '../../content/tree.yaml'), 'utf8');


function examplesOf(treeYaml: string, nodeId: string): unknown {
  return treeSchema.parse(parseYaml(treeYaml)).nodes.find((node) => node.id === nodeId)?.examples;
}

describe('adding examples to tree.yaml', () => {
  it('adds the example at the end of the node’s list in its language and changes nothing else', () => {
    const result = addExamples(TREE, [{ nodeId: 'picture-consent', lang: 'nn', text: 'Må eg ha samtykke frå russen før eg legg ut bilete?' }]);
    expect(addedLines(TREE, result.text)).toEqual(['        - Må eg ha samtykke frå russen før eg legg ut bilete?']);
    const before = examplesOf(TREE, 'picture-consent') as { nn: string[] };
    expect(examplesOf(result.text, 'picture-consent')).toMatchObject({ nn: [...before.nn, 'Må eg ha samtykke frå russen før eg legg ut bilete?'] });
    expect(result.added).toHaveLength(1);
  });

  it('adds several examples to several nodes, quoting only a text that needs it', () => {
    const result = addExamples(TREE, [
      { nodeId: 'picture-consent', lang: 'nb', text: 'samtykke: gjelder det russebilder?' },
      { nodeId: 'picture-checklist', lang: 'en', text: 'checklist for photos from the 17 May parade' },
    ]);
    // picture-checklist comes before picture-consent in the file.
    expect(addedLines(TREE, result.text)).toEqual(['        - checklist for photos from the 17 May parade', '        - "samtykke: gjelder det russebilder?"']);
    expect((examplesOf(result.text, 'picture-consent') as { nb: string[] }).nb).toContain('samtykke: gjelder det russebilder?');
  });

  it('skips an example the node already has, whatever its case, spacing or question mark, and one given twice', () => {
    const existing = (examplesOf(TREE, 'picture-consent') as { nb: string[] }).nb[0] ?? '';
    const result = addExamples(TREE, [
      { nodeId: 'picture-consent', lang: 'en', text: ` ${existing.toUpperCase().replace(/\?$/, '')}  ` },
      { nodeId: 'picture-consent', lang: 'nb', text: 'bilder av russen' },
      { nodeId: 'picture-consent', lang: 'nb', text: 'Bilder av russen?' },
    ]);
    expect(result.added.map((example) => example.text)).toEqual(['bilder av russen']);
    expect(result.skipped).toHaveLength(2);
    expect(addedLines(TREE, result.text)).toEqual(['        - bilder av russen']);
  });

  it('returns the text unchanged when every example is a duplicate', () => {
    const existing = (examplesOf(TREE, 'picture-consent') as { nb: string[] }).nb[0] ?? '';
    expect(addExamples(TREE, [{ nodeId: 'picture-consent', lang: 'nb', text: existing }]).text).toBe(TREE);
  });

  it('refuses an unknown node id, naming it', () => {
    const attempt = (): unknown => addExamples(TREE, [
      { nodeId: 'picture-consent', lang: 'nb', text: 'bilder av russen' },
      { nodeId: 'no-such-node', lang: 'nb', text: 'noe helt annet' },
    ]);
    expect(attempt).toThrow(UnknownNodeError);
    expect(attempt).toThrow('no-such-node');
  });

  it('makes a missing language list in nb, nn, en order, and a missing examples block, keeping comments', () => {
    const tree = [
      '# The tree.',
      'root: start',
      'nodes:',
      '  # ─── Top ───',
      '  - id: start',
      '    kind: question',
      '    text: { nb: Hva?, en: What? }',
      '    options:',
      '      - label: { nb: Svar, en: Answer }',
      '        next: answer',
      '  - id: answer',
      '    kind: answer',
      '    title: { nb: Svar, en: Answer }',
      '    summary:',
      '      nb: "Et svar: kort."   # quoted on purpose',
      '      en: An answer.',
      '    rules: [R1.1]',
      '    examples:',
      '      nb:',
      '        - et spørsmål',
      '      en:',
      '        - a question',
      '',
    ].join('\n');
    const result = addExamples(tree, [
      { nodeId: 'answer', lang: 'nn', text: 'eit spørsmål' },
      { nodeId: 'start', lang: 'en', text: 'what is this about' },
    ]);
    expect(result.text).toBe(
      tree
        .replace('      en:\n        - a question', '      nn:\n        - eit spørsmål\n      en:\n        - a question')
        .replace('        next: answer\n', '        next: answer\n    examples:\n      en:\n        - what is this about\n'),
    );
  });

  it('refuses to add to a flow-style list rather than rewrite it', () => {
    const tree = 'root: a\nnodes:\n  - id: a\n    kind: answer\n    examples:\n      nb: [et, to]\n';
    expect(() => addExamples(tree, [{ nodeId: 'a', lang: 'nb', text: 'tre ting' }])).toThrow(TreeLayoutError);
  });
});
