/**
 * The restored guideline document (content/retningslinjer.md): free of OCR artefacts, faithful to the scan
 * word for word, and split into the document's own sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GuidelinePackError, parseGuidelineDocument } from '../../src/guidelines/load-pack';
import { findOcrArtefacts } from '../../src/guidelines/validate-pack';

const repoRoot = path.resolve(__dirname, '../..');
const markdown = readFileSync(path.join(repoRoot, 'content/retningslinjer.md'), 'utf8');
const seedPath = path.resolve(repoRoot, '../shared/seeds/000_091dc3ab0c689b0d.txt');

describe('restored text', () => {
  it('has no OCR artefacts left', () => {
    expect(findOcrArtefacts(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/Batsfjord|\|/);
    expect(markdown).not.toMatch(/^e /m);
    expect(markdown).not.toMatch(/-\n/);
  });

  it.each([
    'I det øyeblikket informasjonen er publisert, mister man kontrollen over det som er lagt ut.',
    'Derfor er en god huskeregel å fatte seg i korthet.',
    'Denne rutinen gjelder både for politikere og ansatte i Båtsfjord kommune.',
    'men skal varsle om bruken til IT-avdelingen.',
    'Ta kontakt med din leder eller IT-avdelingen.',
    'med bruk av kommunevåpen samt være en del av Båtsfjord kommunes profil.',
    'Dette skille er ikke alltid like tydelig for brukere/pårørende/klienter/foreldre etc.',
    'Vær derfor ryddig og åpen om hvilken rolle du har, og hvilken «hatt» du har på deg til enhver tid.',
    'Vær nøye med å henvise til postadresse for henvendelser som krever saksbehandling.',
    'er ærekrenkende, rasistiske, truende, uanstendig eller på annen måte er i strid med norsk lov',
    'Husk å ikke benytte e-postadressen til Båtsfjord kommune, som kontaktinformasjon til dine private profiler.',
  ])('contains the restored phrase %p', (phrase) => {
    expect(markdown).toContain(phrase);
  });

  it('starts with the document title and has one line per paragraph', () => {
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Retningslinjer for IKT-bruk og bruk av sosiale medier');
    lines.forEach((line, index) => {
      const next = lines[index + 1] ?? '';
      if (line.trim() !== '' && next.trim() !== '') {
        // Only bullet lists run over consecutive lines.
        expect([line.startsWith('- '), next.startsWith('- ')]).toEqual([true, true]);
      }
    });
  });

  (existsSync(seedPath) ? it : it.skip)('differs from the scan only in OCR artefacts (word for word)', () => {
    // Consonant skeleton of each word: vowels, "g" (scanned for ø) and the stand-ins 3, 8, &, | (for å and I) drop out.
    const skeleton = (word: string): string => word.toLowerCase().replace(/[aeiouyæøåg38&|]/g, '');
    const seed = readFileSync(seedPath, 'utf8')
      .replace(/-\n/g, '-') // hyphenation at line ends
      .replace(/\bserekrenk/g, 'ærekrenk') // the scan read "æ" as "se" here
      .split('\n')
      .flatMap((line) => line.replace(/^\s*e (?=\S)/, '').split(/\s+/))
      .filter((word) => word !== '');
    const restored = markdown
      .split('\n')
      .slice(1) // the title is not in the scan
      .filter((line) => line !== '## Vedtak') // a heading the scan does not have
      .flatMap((line) => line.replace(/^(- |#{2,3} )/, '').split(/\s+/))
      .filter((word) => word !== '');
    expect(restored.map(skeleton)).toEqual(seed.map(skeleton));
  });
});

describe('parseGuidelineDocument', () => {
  const document = parseGuidelineDocument(markdown);

  it('reads the title and every section with its own id and heading', () => {
    expect(document.title).toBe('Retningslinjer for IKT-bruk og bruk av sosiale medier');
    expect(document.sections.map((section) => [section.id, section.title])).toEqual([
      ['1', 'OMFANG'],
      ['2', 'HVA ER SOSIALE MEDIER?'],
      ['3', 'ETIKK'],
      ['4', 'SOSIALE MEDIER I ARBEIDSTIDEN'],
      ['4.1', 'Bruk av sosiale medier som politiker eller ansatt'],
      ['4.2', 'Hvorfor skal Båtsfjord kommune bruke sosiale medier?'],
      ['4.3', 'Hvordan bruke sosiale medier i Båtsfjord kommune?'],
      ['4.4', 'Retningslinjer for bruk av sosiale medier på vegne av Båtsfjord kommune'],
      ['5', 'SOSIALE MEDIER SOM PRIVATPERSON — ANSATT ELLER POLITIKER'],
      ['5.1', 'Ytringsfrihet'],
      ['5.2', 'Retningslinjer for bruk av sosiale medier som folkevalgt og ansatt i Båtsfjord kommune'],
      ['vedtak', 'Vedtak'],
    ]);
  });

  it('keeps each section body to its own paragraphs', () => {
    const byId = new Map(document.sections.map((section) => [section.id, section.body]));
    expect(byId.get('4')).toBe('');
    expect(byId.get('1')?.startsWith('Denne rutinen gjelder')).toBe(true);
    expect(byId.get('4.4')?.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(8);
    expect(byId.get('5.2')?.endsWith('HUSK! Du kommer langt med sunn fornuft!')).toBe(true);
    expect(byId.get('vedtak')).toBe('Vedtatt i kommunestyret 26.01.2012\n\nRevidert i kommunestyret 20. April 2023. Sak 2023/6');
  });

  it('rejects a document without a title, with text before the first section or with a wrong heading level', () => {
    const attempt = (text: string): string[] => {
      try {
        parseGuidelineDocument(text, 'x.md');
        return [];
      } catch (error) {
        return error instanceof GuidelinePackError ? error.problems : ['not a GuidelinePackError'];
      }
    };
    expect(attempt('## 1. OMFANG\n\nTekst.')).toEqual(['x.md: no "# " document title']);
    expect(attempt('# T\n\nLøs tekst.\n\n## 1. A\n\nB.')).toEqual(['x.md:3: text before the first section']);
    expect(attempt('# T\n\n## 4.1 Feil nivå\n\nB.')).toEqual(['x.md:3: section 4.1 must be a "###" heading']);
    expect(attempt('# T\n\n## 1. A\n\nB.\n\n## 1. A igjen\n\nC.')).toEqual(['x.md: section 1 appears twice']);
  });
});
