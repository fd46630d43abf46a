// Wall-clock arithmetic in a named IANA time zone, with Intl only (works in the
// browser and on the server alike). A "local date" is "YYYY-MM-DD", a "local
// time" "HH:MM".

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

function partsIn(instant: Date, timeZone: string): Parts {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") out[p.type] = Number(p.value);
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 1,
    day: out.day ?? 1,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The local wall-clock time (HH:MM) of an instant in a zone. */
export function localTimeOf(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The local wall clock "YYYY-MM-DDTHH:MM:SS" of an instant in a zone. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${localDateOf(instant, timeZone)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

function offsetMs(instant: Date, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `time`.
 * In a DST gap the clock jumps forward (02:30 -> 03:30); in an overlap the
 * earlier instant wins, as calendar apps do.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  const day = 86_400_000;
  const before = wall - offsetMs(new Date(wall - day), timeZone);
  const after = wall - offsetMs(new Date(wall + day), timeZone);
  const shows = (t: number) => offsetMs(new Date(t), timeZone) + t === wall;
  const valid = [before, after].filter(shows);
  if (valid.length > 0) return new Date(Math.min(...valid));
  // In a gap: read the wall clock with the offset in force before the jump.
  return new Date(before);
}

/** Adds whole days to a local date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return t.toISOString().slice(0, 10);
}

/** ISO weekday of a local date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The last day of the week that holds `date`, for weeks starting on `weekStart` (1-7). */
export function endOfWeek(date: string, weekStart = 1): string {
  const offset = (isoWeekday(date) - weekStart + 7) % 7;
  return addDays(date, 6 - offset);
}
