/**
 * Norwegian working days: Monday–Friday that are not public holidays in Norway (date-holidays, type
 * "public"; Christmas Eve and other "bank"/"observance" days count as working days). Days are counted in
 * Europe/Oslo time.
 */
import Holidays from 'date-holidays';

const norway = new Holidays('NO');
const osloDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' });

export function isNorwegianWorkingDay(at: Date): boolean {
  const weekday = osloDate.formatToParts(at).find((p) => p.type === 'weekday')?.value;
  if (weekday === 'Sat' || weekday === 'Sun') return false;
  const holidays = norway.isHoliday(at);
  return !(Array.isArray(holidays) && holidays.some((h) => h.type === 'public'));
}

/**
 * The moment `days` working days after `from`: the same time of day, stepping over weekends and public
 * holidays. Friday 10:00 + 1 → Monday 10:00; before Easter, Wednesday + 1 → the Tuesday after Easter Monday.
 */
export function addNorwegianWorkingDays(from: Date, days: number): Date {
  let at = new Date(from.getTime());
  let counted = 0;
  while (counted < days) {
    at = new Date(at.getTime() + 24 * 60 * 60 * 1000);
    if (isNorwegianWorkingDay(at)) counted += 1;
  }
  return at;
}
