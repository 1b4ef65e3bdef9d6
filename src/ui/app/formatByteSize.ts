const UNITS = ['kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A byte count for people, in decimal units (1 kB = 1,000 bytes) and the locale's number format. */
export function formatByteSize(bytes: number, locale: string): string {
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 999.5 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: 'short',
    maximumSignificantDigits: 3,
  }).format(value);
}
