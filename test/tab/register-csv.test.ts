/** IT's CSV export: every profile, translated states and headers, history, and no spreadsheet formula injection. */
import { csvCell } from '../../src/tab/csv';
import { registerCsv } from '../../src/tab/register-csv';
import { registerEntries } from './support/register-entries';

describe('register CSV', () => {
  it('has a header and one line per profile, semicolon-separated with a BOM', () => {
    const csv = registerCsv(registerEntries, 'nb');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines).toHaveLength(1 + registerEntries.length);
    expect(lines[0]).toBe('Profil;Plattform;Adresse;Enhet;Status;Ansvarlig virksomhetsleder;Registrert av;Registrert;Sist endret;Historikk');
    expect(lines[1]).toContain('Båtsfjord kulturhus;Facebook;https://www.facebook.com/batsfjordkulturhus;Kultur og fritid;Bekreftet;Kari Nordmann');
    expect(lines[2]).toContain('Trenger mer informasjon (IT: Per Berg): Mangler kommunevåpen i profilbildet');
  });

  it('neutralises formulas and quotes separators', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+47 999')).toBe("'+47 999");
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('plain')).toBe('plain');
    expect(registerCsv(registerEntries, 'en')).toContain('Needs more information');
  });
});
