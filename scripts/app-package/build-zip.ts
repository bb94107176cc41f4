/**
 * Writes the app package: a zip with every file at its root (Teams does not accept folders for these files).
 * Entries get a fixed timestamp, so the same inputs give the same bytes.
 */
import JSZip from 'jszip';

export interface PackageFile {
  /** File name at the zip root, e.g. "manifest.json". */
  name: string;
  data: Buffer | string;
}

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

export async function buildZip(files: readonly PackageFile[]): Promise<Buffer> {
  const names = new Set<string>();
  const zip = new JSZip();
  for (const file of files) {
    if (!/^[^/\\]+$/.test(file.name) || file.name === '.' || file.name === '..') throw new Error(`zip entry ${JSON.stringify(file.name)} must be a plain file name at the root`);
    if (names.has(file.name)) throw new Error(`zip entry ${JSON.stringify(file.name)} appears twice`);
    names.add(file.name);
    zip.file(file.name, file.data, { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}
