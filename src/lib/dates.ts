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
