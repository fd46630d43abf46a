import type { ICalDateTimeValue } from "ical-generator";
import { zonedToInstant } from "@/lib/dates/zoned";

// ical-generator writes a plain Date in the server process's own zone when
// an event has a TZID. A Temporal-shaped value carries the wall time itself
// ("09:00 in Europe/Berlin"), so the output never depends on where the
// server runs. Only the fields and methods ical-generator reads are here.

type Fields = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const isoDate = (f: Fields) => `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
const isoTime = (f: Fields) => `${pad(f.hour)}:${pad(f.minute)}`;

/** "YYYY-MM-DD" + "HH:MM" in an IANA zone, plus `addMinutes` of wall time. */
export function wallTime(date: string, time: string, timeZone: string, addMinutes = 0): ICalDateTimeValue {
  const [y = 0, mo = 1, d = 1] = date.split("-").map(Number);
  const [h = 0, mi = 0] = time.split(":").map(Number);
  const shifted = new Date(Date.UTC(y, mo - 1, d, h, mi + addMinutes));
  const f: Fields = {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: 0,
  };
  const text = `${isoDate(f)}T${isoTime(f)}:00`;
  const plainDate = {
    ...pick(f, ["year", "month", "day"]),
    toJSON: () => isoDate(f),
    toString: () => isoDate(f),
  };
  const instant = () => {
    const at = zonedToInstant(isoDate(f), isoTime(f), timeZone);
    return {
      epochMilliseconds: at.getTime(),
      toJSON: () => at.toISOString(),
      toString: () => at.toISOString(),
      toZonedDateTimeISO: () => zoned,
    };
  };
  const plain = {
    ...f,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate,
    toZonedDateTime: () => zoned,
  };
  const zoned = {
    ...f,
    timeZoneId: timeZone,
    toInstant: instant,
    toJSON: () => `${text}[${timeZone}]`,
    toString: () => `${text}[${timeZone}]`,
    toPlainDateTime: () => plain,
    withTimeZone: () => zoned,
  };
  return zoned;
}

function pick<T extends object, K extends keyof T>(o: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = o[k];
  return out;
}
