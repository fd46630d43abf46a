// Date and time understanding: language rules (locales/*-dates.ts) record what they
// recognise as DateFacts; resolveDue turns the facts into the SPEC.md due value.
// The own rules run first because they encode the SPEC conventions exactly (bare
// hours 1-7 are p.m., "next friday" is next calendar week); chrono-node fills in
// what they do not know (chrono-dates.ts). Nothing here depends on the process zone.
import {
  addDays,
  addMinutes,
  addMonths,
  compareDates,
  formatDate,
  formatDateTime,
  type LocalDate,
  type LocalDateTime,
  mondayOf,
  nextDateOf,
  nextMonthDay,
  weekdayOf,
} from "./calendar";
import type { Segment } from "./text";
import type { Lang, SpanKind } from "./types";

export type DayPart = "morning" | "noon" | "afternoon" | "evening" | "night" | "tonight" | "midnight" | "eod";

export type DateRef =
  | { kind: "date"; date: LocalDate }
  | { kind: "weekday"; weekday: number; nextWeek: boolean }
  | { kind: "monthDay"; month: number; day: number; year?: number }
  | { kind: "dayOfMonth"; day: number };

export interface ClockTime {
  h: number;
  m: number;
  meridiem?: "am" | "pm";
}

export interface DateFacts {
  date?: DateRef;
  time?: ClockTime;
  dayPart?: DayPart;
  /** "in 2 hours": an exact moment that overrides everything else. */
  offsetMinutes?: number;
}

export interface RuleContext {
  now: LocalDateTime;
  lang: Lang;
  /** en-US reads 3/12 as March 12; everyone else as 3 December. */
  monthFirst: boolean;
  /** The working text before and after the match, for context checks. */
  before: string;
  after: string;
}

export interface DateRule {
  re: RegExp;
  kind: SpanKind;
  /** Records the match in facts; returns false to leave the words alone (title words). */
  apply(m: RegExpExecArray, facts: DateFacts, ctx: RuleContext): boolean;
}

export const DAY_PART_TIMES: Record<DayPart, [number, number]> = {
  morning: [9, 0],
  noon: [12, 0],
  afternoon: [15, 0],
  evening: [18, 0],
  night: [20, 0],
  tonight: [20, 0],
  midnight: [0, 0],
  eod: [17, 0],
};

/** What the rules did, by segment offsets: lets the chrono fallback extend or respect them. */
export interface DateTrace {
  /** Ranges a rule consumed as a date (not times: chrono must not re-read "at 5"). */
  dates: [number, number][];
  /** Ranges a rule matched but refused: title words ("the monday meeting", "on the 5th wave"). */
  declined: [number, number][];
}

/** Runs rules in order over the segment, consuming what each accepts. */
export function extractDateFacts(
  seg: Segment,
  rules: readonly DateRule[],
  base: Omit<RuleContext, "before" | "after">,
  facts: DateFacts = {},
  trace?: DateTrace,
): DateFacts {
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(seg.text); m; m = rule.re.exec(seg.text)) {
      const end = m.index + m[0].length;
      const ctx = { ...base, before: seg.text.slice(0, m.index), after: seg.text.slice(end) };
      if (rule.apply(m, facts, ctx)) {
        seg.consume(m.index, end, rule.kind);
        if (rule.kind === "date") trace?.dates.push([m.index, end]);
        rule.re.lastIndex = end;
      } else {
        trace?.declined.push([m.index, end]);
        rule.re.lastIndex = m.index + 1;
      }
    }
  }
  return facts;
}

/** Sets the date unless one was already said (the first one wins; later ones are title words). */
export function setDate(facts: DateFacts, date: DateRef): boolean {
  if (facts.date) return false;
  facts.date = date;
  return true;
}

export function setTime(facts: DateFacts, h: number, m: number, meridiem?: "am" | "pm"): boolean {
  if (facts.time || h > 24 || m > 59 || (meridiem && (h > 12 || h === 0))) return false;
  facts.time = { h: h === 24 ? 0 : h, m, ...(meridiem ? { meridiem } : {}) };
  return true;
}

export function setDayPart(facts: DateFacts, part: DayPart): boolean {
  if (facts.dayPart && facts.dayPart !== part) return false;
  facts.dayPart = part;
  return true;
}

export const relativeDays = (now: LocalDate, n: number): DateRef => ({ kind: "date", date: addDays(now, n) });

export const relativeMonths = (now: LocalDate, n: number): DateRef => ({
  kind: "date",
  date: addMonths(now, n),
});

export const startOfNextWeek = (now: LocalDate): DateRef => ({
  kind: "date",
  date: addDays(mondayOf(now), 7),
});

export const startOfNextMonth = (now: LocalDate): DateRef => ({
  kind: "date",
  date: addMonths({ ...now, d: 1 }, 1),
});

export const startOfNextYear = (now: LocalDate): DateRef => ({
  kind: "date",
  date: { y: now.y + 1, m: 1, d: 1 },
});

/** Friday of this week; once the weekend has started, the coming Friday. */
export function endOfWeek(now: LocalDate): DateRef {
  const friday = addDays(mondayOf(now), 4);
  return { kind: "date", date: compareDates(friday, now) >= 0 ? friday : addDays(friday, 7) };
}

export function endOfMonth(now: LocalDate): DateRef {
  return { kind: "date", date: nextMonthDay({ ...now }, -1) };
}

/** Saturday of this week (or of next week with next = true). */
export function weekend(now: LocalDate, next: boolean): DateRef {
  const saturday = addDays(mondayOf(now), 5 + (next ? 7 : 0));
  return { kind: "date", date: compareDates(saturday, now) >= 0 ? saturday : now };
}

/** 24-hour clock for a said time, applying SPEC's markers and the bare 1-7 => p.m. rule. */
export function to24h(time: ClockTime, dayPart: DayPart | undefined): [number, number] {
  const { h, m, meridiem } = time;
  if (meridiem === "pm") return [h < 12 ? h + 12 : h, m];
  if (meridiem === "am") return [h === 12 ? 0 : h, m];
  if (h >= 13 || h === 0) return [h, m];
  if (dayPart === "morning") return [h === 12 ? 0 : h, m];
  if (dayPart === "night" && h <= 4) return [h, m];
  if (dayPart && dayPart !== "noon" && dayPart !== "midnight") return [h < 12 ? h + 12 : h, m];
  if (h >= 1 && h <= 7) return [h + 12, m];
  return [h, m];
}

/** The time of day said, if any: an explicit clock time, or a part of the day's default. */
export function timeOfDay(facts: DateFacts): [number, number] | null {
  if (facts.time) return to24h(facts.time, facts.dayPart);
  return facts.dayPart ? DAY_PART_TIMES[facts.dayPart] : null;
}

const isLater = (t: [number, number], now: LocalDateTime): boolean => t[0] * 60 + t[1] > now.hh * 60 + now.mm;

/** The first date (on or after today) a date reference names, given the time of day said. */
export function resolveDate(ref: DateRef, now: LocalDateTime, time: [number, number] | null): LocalDate {
  switch (ref.kind) {
    case "date":
      return ref.date;
    case "weekday": {
      if (ref.nextWeek) return addDays(mondayOf(now), 7 + ref.weekday);
      const delta = (ref.weekday - weekdayOf(now) + 7) % 7;
      if (delta === 0) return time && isLater(time, now) ? now : addDays(now, 7);
      return addDays(now, delta);
    }
    case "monthDay":
      return ref.year ? { y: ref.year, m: ref.month, d: ref.day } : nextDateOf(now, ref.month, ref.day);
    case "dayOfMonth":
      return nextMonthDay(now, ref.day);
  }
}

/** The SPEC.md `due` value for the facts: null, "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm". */
export function resolveDue(facts: DateFacts, now: LocalDateTime): string | null {
  if (facts.offsetMinutes !== undefined) {
    const t = addMinutes(now, facts.offsetMinutes);
    return formatDateTime(t, t.hh, t.mm);
  }
  const time = timeOfDay(facts);
  if (!facts.date) {
    if (!time) return null;
    const midnight = facts.dayPart === "midnight" && !facts.time;
    const day = midnight || !isLater(time, now) ? addDays(now, 1) : now;
    return formatDateTime(day, time[0], time[1]);
  }
  let day = resolveDate(facts.date, now, time);
  if (!time) return formatDate(day);
  if (facts.dayPart === "midnight" && !facts.time) day = addDays(day, 1);
  return formatDateTime(day, time[0], time[1]);
}
