// Calendar arithmetic on local wall-clock values. Everything goes through Date.UTC so
// the process time zone (UTC on CI, anything in a browser) can never shift a date.

export interface LocalDate {
  y: number;
  m: number; // 1-12
  d: number;
}

export interface LocalDateTime extends LocalDate {
  hh: number;
  mm: number;
}

const DAY_MS = 86_400_000;

export function parseLocalIso(iso: string): LocalDateTime {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new RangeError(`not a local ISO date-time: ${iso}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]), hh: Number(m[4] ?? 0), mm: Number(m[5] ?? 0) };
}

const toEpochDay = (x: LocalDate): number => Date.UTC(x.y, x.m - 1, x.d) / DAY_MS;

function fromEpochDay(day: number): LocalDate {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const addDays = (x: LocalDate, n: number): LocalDate => fromEpochDay(toEpochDay(x) + n);

export const compareDates = (a: LocalDate, b: LocalDate): number => toEpochDay(a) - toEpochDay(b);

/** 0 = Monday ... 6 = Sunday (weeks start on Monday, as SPEC.md says). */
export const weekdayOf = (x: LocalDate): number => (new Date(toEpochDay(x) * DAY_MS).getUTCDay() + 6) % 7;

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const mondayOf = (x: LocalDate): LocalDate => addDays(x, -weekdayOf(x));

export function addMonths(x: LocalDate, n: number): LocalDate {
  const idx = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function addMinutes(x: LocalDateTime, minutes: number): LocalDateTime {
  const total = x.hh * 60 + x.mm + minutes;
  const dayShift = Math.floor(total / 1440);
  const rest = total - dayShift * 1440;
  return { ...addDays(x, dayShift), hh: Math.floor(rest / 60), mm: rest % 60 };
}

export const isValidDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** The next date with this day of the month, on or after `from` (-1: last day of the month). */
export function nextMonthDay(from: LocalDate, day: number): LocalDate {
  for (let i = 0; i < 24; i++) {
    const { y, m } = addMonths({ ...from, d: 1 }, i);
    const d = day === -1 ? daysInMonth(y, m) : day;
    if (isValidDate(y, m, d) && compareDates({ y, m, d }, from) >= 0) return { y, m, d };
  }
  return from;
}

/** The next month/day on or after `from`. */
export function nextDateOf(from: LocalDate, month: number, day: number): LocalDate {
  for (let y = from.y; y < from.y + 8; y++)
    if (isValidDate(y, month, day) && compareDates({ y, m: month, d: day }, from) >= 0)
      return { y, m: month, d: day };
  return from;
}

/** The n-th (or last, n = -1) given weekday of a month. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): LocalDate | null {
  if (n === -1) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { y, m, d: 1 };
  const d = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  return isValidDate(y, m, d) ? { y, m, d } : null;
}

const pad = (n: number): string => String(n).padStart(2, "0");

export const formatDate = (x: LocalDate): string => `${x.y}-${pad(x.m)}-${pad(x.d)}`;

export const formatDateTime = (x: LocalDate, hh: number, mm: number): string =>
  `${formatDate(x)}T${pad(hh)}:${pad(mm)}`;
