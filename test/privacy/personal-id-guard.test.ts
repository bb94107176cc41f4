import { containsPersonalId, scanForPersonalIds } from '../../src/privacy/personal-id-guard';

// Synthetic numbers with valid check digits (generated for tests, not real people).
const FNR = '15038740110'; // fødselsnummer shape, valid checksum
const DNR = '55038740023'; // d-nummer: day + 40

describe('personal-id guard', () => {
  it('checksum-valid fødselsnummer and d-nummer are found, in several spellings', () => {
    expect(containsPersonalId(`Eleven har fnr ${FNR}, kan jeg poste?`)).toBe(true);
    expect(containsPersonalId(`d-nr ${DNR}`)).toBe(true);
    expect(containsPersonalId(`${FNR.slice(0, 6)} ${FNR.slice(6)}`)).toBe(true);
  });

  it('eleven digits that fail the checksum pass through (order numbers, phone numbers)', () => {
    expect(containsPersonalId('ordrenummer 15038740111')).toBe(false);
    expect(containsPersonalId('ring 78 98 50 00 eller 12345678901')).toBe(false);
    expect(containsPersonalId('sak 2023/6 vedtatt 26.01.2012')).toBe(false);
  });

  it('redacts the number and keeps the rest of the text', () => {
    const scan = scanForPersonalIds(`Gjelder ${FNR} og bilde`);
    expect(scan.found).toBe(true);
    expect(scan.redacted).toBe('Gjelder [fødselsnummer fjernet] og bilde');
    expect(scan.redacted).not.toContain(FNR);
  });
});
