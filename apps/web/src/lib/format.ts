export function formatDistance(meters: number | null | undefined): string {
  if (meters == null) return '';
  return meters < 1000 ? `${Math.round(meters)} m` : `${(meters / 1000).toFixed(1)} km`;
}

export function formatCents(cents: number | null | undefined): string {
  if (cents == null) return '';
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}

/** "12.50" or "$12.50" → 1250; empty → undefined; nonsense → NaN. */
export function dollarsToCents(input: string): number | undefined {
  const cleaned = input.trim().replace(/^\$/, '');
  if (!cleaned) return undefined;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return Number.NaN;
  return Math.round(Number(cleaned) * 100);
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

/** ETAs arrive with one decimal; whole minutes read better, and "0 min" only once actually there. */
export function etaMinutes(minutes: number): number {
  return minutes <= 0 ? 0 : Math.max(1, Math.round(minutes));
}

/** "12 min", "5 h 33 min", "2 h": durations past an hour read in hours, not "333 min". */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return `${total} min`;
  const h = Math.floor(total / 60);
  const m = total % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** The clock time `minutes` from `now`, e.g. "3:41 PM". */
export function clockIn(minutes: number, now: Date = new Date()): string {
  return new Date(now.getTime() + minutes * 60_000).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
}

/** Whole minutes since an ISO time (never negative). */
export function minutesSince(iso: string, now: Date = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 60_000));
}
