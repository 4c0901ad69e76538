// Swedish number formatting. Intl's sv-SE output uses a non-breaking space between thousands and
// before the percent sign, so a figure never wraps across two lines.
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return integer.format(value);
}

/** A share in percent: formatPercent(47) → "47 %" (with a non-breaking space). */
export function formatPercent(value: number): string {
  return `${integer.format(value)}\u00a0%`;
}

/** A part of a whole as a percent, rounded to whole percent as the reports do. */
export function shareOf(part: number, whole: number): number {
  return Math.round((part / whole) * 100);
}
