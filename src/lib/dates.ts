// Date checks for frontmatter, kept free of Astro imports so they can be unit tested.

/** True when a YYYY-MM-DD string names a day that exists (2025-02-30 does not). */
export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True when a YYYY-MM-DD string is after `today` (also YYYY-MM-DD). */
export function isFutureDate(value: string, today = new Date().toISOString().slice(0, 10)): boolean {
  return value > today;
}

/**
 * The one thing wrong with a date written in frontmatter, or null. The rules are checked in order
 * and only the first that fails is reported: '2026-12-6' is badly written, and saying it also lies
 * in the future (it compares as text after '2026-12-06') would be untrue.
 */
export function dateProblem(
  value: string,
  { field = 'granskad', notInFuture = false, today }: { field?: string; notInFuture?: boolean; today?: string } = {},
): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    return `datumet ska skrivas 'ÅÅÅÅ-MM-DD' med två siffror för månad och dag, till exempel '2025-11-23' (inte ${value}).`;
  if (!isRealDate(value)) return `${value} är inget riktigt datum. Kontrollera månad och dag.`;
  if (notInFuture && isFutureDate(value, today))
    return `${value} ligger i framtiden. Ange ${field === 'granskad' ? 'dagen då innehållet granskades' : 'dagen då det hände'}, senast i dag.`;
  return null;
}

/** Pages not reviewed for this many months get a notice to readers and go on the editors' list. */
export const REVIEW_MONTHS = 12;

/** Whole months from `reviewed` to `today` (both Dates). */
export function monthsSince(reviewed: Date, today = new Date()): number {
  const months = (today.getUTCFullYear() - reviewed.getUTCFullYear()) * 12 + (today.getUTCMonth() - reviewed.getUTCMonth());
  return today.getUTCDate() < reviewed.getUTCDate() ? months - 1 : months;
}

export function isStale(reviewed: Date, today = new Date(), months = REVIEW_MONTHS): boolean {
  return monthsSince(reviewed, today) >= months;
}
