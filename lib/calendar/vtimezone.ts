// VTIMEZONE components from the runtime's own time zone data (Intl), so a
// feed needs no time zone package: every offset change in the years around
// the feed's dates becomes one STANDARD or DAYLIGHT block (RFC 5545 3.6.5).
// Calendar apps then place "09:00 Europe/Berlin" correctly on both sides of
// a daylight-saving change, which a fixed UTC time cannot do for a series.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset from UTC in minutes at an instant. */
export function offsetMinutes(timeZone: string, at: number): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    formatters.set(timeZone, f);
  }
  const name = f.formatToParts(new Date(at)).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const sign = match[1] === "-" ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

type Transition = { at: number; from: number; to: number };

/** Every offset change between two instants, to the minute. */
function transitions(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetMinutes(timeZone, start);
  for (let t = start + DAY; t <= end; t += DAY) {
    const current = offsetMinutes(timeZone, t);
    if (current === previous) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: previous, to: current });
    previous = current;
  }
  return found;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

function formatOffset(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

/** The local wall time (in the offset before the change) as a floating DATE-TIME. */
function localStamp(at: number, offset: number): string {
  const d = new Date(at + offset * MINUTE);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}00`;
}

/** A VTIMEZONE for the zone covering the given years; null for UTC (written as "Z" times instead). */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string | null {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return null;
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetMinutes(timeZone, start);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  // What holds before the first change in range (and all along for zones without DST).
  lines.push(
    "BEGIN:STANDARD",
    `DTSTART:${localStamp(start, initial)}`,
    `TZOFFSETFROM:${formatOffset(initial)}`,
    `TZOFFSETTO:${formatOffset(initial)}`,
    "END:STANDARD",
  );
  for (const t of transitions(timeZone, start, end)) {
    const kind = t.to > t.from ? "DAYLIGHT" : "STANDARD";
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(t.at, t.from)}`,
      `TZOFFSETFROM:${formatOffset(t.from)}`,
      `TZOFFSETTO:${formatOffset(t.to)}`,
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines.join("\r\n");
}
