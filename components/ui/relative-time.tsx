const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

// Built once: creating an Intl formatter costs far more than using one, and a queue page shows
// a hundred and fifty of these times.
const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });
const exactFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export function relativeTime(date: Date, now = new Date()): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}

/** "3 hr. ago", with the exact UTC time on hover and for assistive technology. */
export function RelativeTime({ date }: { date: Date }) {
  const exact = `${exactFormat.format(date)} UTC`;
  return (
    // The server's "3 min. ago" may be a minute old by the time the browser takes over.
    <time dateTime={date.toISOString()} title={exact} suppressHydrationWarning>
      {relativeTime(date)}
    </time>
  );
}
