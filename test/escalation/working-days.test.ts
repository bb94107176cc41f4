import { addNorwegianWorkingDays, isNorwegianWorkingDay } from '../../src/calendar/working-days';

describe('Norwegian working days', () => {
  it('skips weekends', () => {
    expect(addNorwegianWorkingDays(new Date('2026-11-27T09:00:00Z'), 1).toISOString()).toBe('2026-11-30T09:00:00.000Z');
  });

  it('skips a weekend and Whit Monday / 17 May', () => {
    expect(addNorwegianWorkingDays(new Date('2027-05-14T08:00:00Z'), 1).toISOString()).toBe('2027-05-18T08:00:00.000Z');
  });

  it('skips Easter: Wednesday before Maundy Thursday → Tuesday after Easter Monday', () => {
    expect(addNorwegianWorkingDays(new Date('2027-03-24T10:00:00Z'), 1).toISOString()).toBe('2027-03-30T10:00:00.000Z');
  });

  it('counts Christmas Eve as a working day but not Christmas Day', () => {
    expect(isNorwegianWorkingDay(new Date('2026-12-24T10:00:00Z'))).toBe(true);
    expect(isNorwegianWorkingDay(new Date('2026-12-25T10:00:00Z'))).toBe(false);
    expect(isNorwegianWorkingDay(new Date('2026-11-25T10:00:00Z'))).toBe(true);
  });
});
