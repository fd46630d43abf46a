// Recurrence: language rules (locales/*-recurrence.ts) recognise "every monday", "el
// primer lunes de cada mes", "jeden zweiten Tag"...; this module merges them with the
// date said ("every month on the 15th") and finds the first occurrence for `due`.
import {
  addDays,
  compareDates,
  formatDate,
  formatDateTime,
  type LocalDate,
  type LocalDateTime,
  nextMonthDay,
  nthWeekdayOfMonth,
  weekdayOf,
} from "./calendar";
import { type DateFacts, type DayPart, resolveDate, timeOfDay } from "./dates";
import type { Segment } from "./text";

export type Freq = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

export interface Recurrence {
  freq: Freq;
  interval: number;
  /** Weekday indexes (0 = Monday) for BYDAY. */
  byDay: number[];
  /** With byDay of a MONTHLY rule: 1..4 or -1 (last) for "1MO", "-1FR". */
  nth?: number;
  byMonthDay?: number;
  dayPart?: DayPart;
}

export interface RecurrenceRule {
  re: RegExp;
  build(m: RegExpExecArray): Recurrence | null;
}

const DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
export const WORKDAYS = [0, 1, 2, 3, 4];
export const WEEKEND_DAYS = [5, 6];

export const recurrence = (freq: Freq, extra: Partial<Recurrence> = {}): Recurrence => ({
  freq,
  interval: 1,
  byDay: [],
  ...extra,
});

/** Finds the first recurrence phrase in the segment and consumes it. */
export function extractRecurrence(seg: Segment, rules: readonly RecurrenceRule[]): Recurrence | null {
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(seg.text); m; m = rule.re.exec(seg.text)) {
      const found = rule.build(m);
      if (found) {
        seg.consume(m.index, m.index + m[0].length, "recurrence");
        return found;
      }
      rule.re.lastIndex = m.index + 1;
    }
  }
  return null;
}

/** Folds a separately said date into the rule: "every week on monday", "monthly on the 15th". */
export function mergeRecurrenceWithDate(rec: Recurrence, facts: DateFacts): Recurrence {
  const date = facts.date;
  if (!date) return rec;
  if (rec.freq === "WEEKLY" && rec.byDay.length === 0 && date.kind === "weekday") {
    delete facts.date;
    return { ...rec, byDay: [date.weekday] };
  }
  if (rec.freq === "MONTHLY" && rec.byDay.length === 0 && !rec.byMonthDay && date.kind === "dayOfMonth") {
    delete facts.date;
    return { ...rec, byMonthDay: date.day };
  }
  return rec;
}

export function formatRRule(rec: Recurrence): string {
  const parts = [`FREQ=${rec.freq}`];
  if (rec.interval > 1) parts.push(`INTERVAL=${rec.interval}`);
  if (rec.byDay.length > 0) {
    const prefix = rec.nth !== undefined ? String(rec.nth) : "";
    parts.push(`BYDAY=${rec.byDay.map((d) => prefix + (DAY_CODES[d] ?? "MO")).join(",")}`);
  }
  if (rec.byMonthDay !== undefined) parts.push(`BYMONTHDAY=${rec.byMonthDay}`);
  return parts.join(";");
}

const minutesOf = (t: [number, number]): number => t[0] * 60 + t[1];

/** The first occurrence: today counts only when no time, or a time still ahead, was said. */
export function firstOccurrence(rec: Recurrence, facts: DateFacts, now: LocalDateTime): string {
  const time = timeOfDay(facts);
  const todayOk = !time || minutesOf(time) > now.hh * 60 + now.mm;
  const earliest: LocalDate = todayOk ? now : addDays(now, 1);
  let day: LocalDate;
  if (facts.date) day = resolveDate(facts.date, now, time);
  else if (rec.byDay.length > 0 && rec.nth !== undefined)
    day = nextNthWeekday(earliest, rec.byDay[0] ?? 0, rec.nth);
  else if (rec.byDay.length > 0) {
    const deltas = rec.byDay.map((d) => (d - weekdayOf(earliest) + 7) % 7);
    day = addDays(earliest, Math.min(...deltas));
  } else if (rec.byMonthDay !== undefined) day = nextMonthDay(earliest, rec.byMonthDay);
  else day = earliest;
  return time ? formatDateTime(day, time[0], time[1]) : formatDate(day);
}

function nextNthWeekday(from: LocalDate, weekday: number, nth: number): LocalDate {
  for (let i = 0; i < 14; i++) {
    const idx = from.y * 12 + from.m - 1 + i;
    const candidate = nthWeekdayOfMonth(Math.floor(idx / 12), (idx % 12) + 1, weekday, nth);
    if (candidate && compareDates(candidate, from) >= 0) return candidate;
  }
  return from;
}
