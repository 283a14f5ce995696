/** Small UTC date helpers (the generator never reads the clock; `now` comes in). */

export const dayMs = 86_400_000;

/** `YYYY-MM-DD` of an instant (UTC). */
export function isoDate(at: Date | number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** The calendar date `months` after `date` (`YYYY-MM-DD`), the day capped at 28. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
}
