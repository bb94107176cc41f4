/**
 * The guideline pack's version (reported by /healthz): the same for the same files, different when a file changes.
 */
import { cpSync, mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentDir } from '../../src/guidelines/load-pack';
import { packVersion } from '../../src/guidelines/pack-version';

describe('pack version', () => {
  it('is stable for the same content and changes when an example is added', () => {
    const copy = path.join(mkdtempSync(path.join(tmpdir(), 'pack-version-')), 'content');
    cpSync(contentDir(), copy, { recursive: true });
    const at = new Date('2026-11-30T12:00:00Z');
    expect(packVersion(copy, at)).toEqual(packVersion(contentDir(), at));
    appendFileSync(path.join(copy, 'out-of-scope.yaml'), '  - hvor mye koster en ny mobil\n');
    expect(packVersion(copy, at).version).not.toBe(packVersion(contentDir(), at).version);
  });
});
