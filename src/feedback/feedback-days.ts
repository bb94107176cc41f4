/** Days as the feedback stores keep them: UTC dates (YYYY-MM-DD), and the first day still within retention. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The oldest day kept: days before it are older than `retentionDays` and are deleted. */
export function daysBefore(now: Date, retentionDays: number): string {
  return dayOf(new Date(now.getTime() - retentionDays * 86_400_000));
}
