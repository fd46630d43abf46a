// chrono-node as the fallback engine for dates the own rules do not know: years
// ("march 3rd 2027"), ISO and numeric dates, month names alone ("in december", "end of
// march"), "a week from friday", weekday + date ("friday march 13"). The own rules run
// first and win where SPEC.md speaks; chrono only adds what they left, and every reading
// is converted back through the SPEC conventions (next such date on or after today,
// bare hours 1-7 => p.m., "next friday" = next calendar week).
import type { Component } from "chrono-node/en";
import {
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isValidDate,
  type LocalDate,
  type LocalDateTime,
} from "./calendar";
import { CHRONO, type ChronoLexicon } from "./chrono-lexicon";
import {
  type DateFacts,
  type DateRef,
  type DateRule,
  type DateTrace,
  extractDateFacts,
  resolveDate,
  timeOfDay,
} from "./dates";
import { alt, QUOTED_CHAR, type Segment, toWorkingText } from "./text";
import type { Lang } from "./types";

/** The part of a chrono result used here (own month finds take the same shape). */
interface Hit {
  index: number;
  text: string;
  start: { get(c: Component): number | null; isCertain(c: Component): boolean };
}

interface Reading {
  start: number;
  end: number;
  date: DateRef;
  time?: { h: number; m: number; meridiem?: "am" | "pm" };
}

/**
 * chrono computes in the process time zone, so the reference is built as a local Date
 * from the wall-clock fields and results are read back as local fields: the process
 * zone cancels out (a browser in Tokyo and a server in UTC give the same answer).
 */
const referenceOf = (now: LocalDateTime): Date => new Date(now.y, now.m - 1, now.d, now.hh, now.mm);

const overlaps = (a: [number, number], s: number, e: number): boolean => a[0] < e && s < a[1];
const inside = (a: [number, number], s: number, e: number): boolean => a[0] <= s && e <= a[1];

/** Own date spans restored, everything else the rules consumed blanked: chrono may extend a date, not re-read a time. */
function chronoInput(seg: Segment, trace: DateTrace): string {
  const restored = toWorkingText(seg.original);
  let out = "";
  for (let i = 0; i < seg.text.length; i++) {
    const own = seg.text[i] ?? " ";
    out += own !== " " || !trace.dates.some(([s, e]) => s <= i && i < e) ? own : (restored[i] ?? " ");
  }
  return out;
}

/** Calendar fields of a chrono result, converted by the SPEC conventions. */
function toDateRef(r: Hit, text: string, lex: ChronoLexicon, now: LocalDateTime): DateRef | null {
  const c = r.start;
  const month = c.get("month");
  const day = c.get("day");
  const year = c.get("year");
  if (month === null || day === null || year === null) return null;
  if (c.isCertain("day") && c.isCertain("month")) {
    if (c.isCertain("year"))
      return isValidDate(year, month, day) ? { kind: "date", date: { y: year, m: month, d: day } } : null;
    return { kind: "monthDay", month, day };
  }
  if (c.isCertain("month")) return monthRef(month, c.isCertain("year") ? year : undefined, 1, now);
  const weekday = c.get("weekday");
  // A weekday alone ("friday" in "a week from friday") follows the SPEC weekday rule.
  if (c.isCertain("weekday") && weekday !== null && !c.isCertain("day") && !/week/u.test(text))
    return { kind: "weekday", weekday: (weekday + 6) % 7, nextWeek: lex.nextWord.test(text) };
  // Relative readings ("two weeks from now", "this weekend"): chrono's own arithmetic.
  return isValidDate(year, month, day) ? { kind: "date", date: { y: year, m: month, d: day } } : null;
}

/** A month said alone: its first day (or the part said), the next such on or after today. */
function monthRef(
  month: number,
  year: number | undefined,
  day: "last" | 15 | 1,
  now: LocalDateTime,
): DateRef {
  const pick = (y: number): LocalDate => ({ y, m: month, d: day === "last" ? daysInMonth(y, month) : day });
  if (year !== undefined) return { kind: "date", date: pick(year) };
  // "in march" said in March means this month: today, unless the part said is still ahead.
  if (month === now.m) {
    const part = pick(now.y);
    return { kind: "date", date: compareDates(part, now) >= 0 ? part : { y: now.y, m: now.m, d: now.d } };
  }
  const date = pick(now.y);
  return { kind: "date", date: compareDates(date, now) >= 0 ? date : pick(now.y + 1) };
}

/** "end of march", "a mediados de mayo": widens a month-only reading to the part said before it. */
function monthPart(
  input: string,
  start: number,
  lex: ChronoLexicon,
): { start: number; day: "last" | 15 | 1 } | null {
  const before = input.slice(0, start);
  for (const part of lex.monthPart) {
    const m = part.re.exec(before);
    if (m) return { start: m.index, day: part.day };
  }
  const intro = lex.monthIntro.exec(before);
  return intro ? { start: intro.index + intro[0].length - intro[0].trimStart().length, day: 1 } : null;
}

const onlyMonth = (r: Hit): boolean =>
  r.start.isCertain("month") && !r.start.isCertain("day") && !r.start.isCertain("weekday");

function reading(r: Hit, input: string, lex: ChronoLexicon, now: LocalDateTime): Reading | null {
  let start = r.index;
  const end = r.index + r.text.length;
  const text = r.text.toLowerCase().trim();
  if (text.includes(QUOTED_CHAR) || /\s{3,}/u.test(text) || !lex.anchor.test(text)) return null;
  // "the week after [next]": chrono stops one word short of what was meant.
  if (/^\s+(?:next|que\s+viene|nächste)/u.test(input.slice(end))) return null;
  let date: DateRef | null;
  if (onlyMonth(r)) {
    const month = r.start.get("month");
    const part = monthPart(input, start, lex);
    if (month === null || !(part || r.start.isCertain("year"))) return null;
    date = monthRef(
      month,
      r.start.isCertain("year") ? (r.start.get("year") ?? undefined) : undefined,
      part?.day ?? 1,
      now,
    );
    start = part?.start ?? start;
  } else date = toDateRef(r, text, lex, now);
  if (!date) return null;
  const found: Reading = { start, end, date };
  const hour = r.start.get("hour");
  if (r.start.isCertain("hour") && hour !== null) {
    const m = r.start.get("minute") ?? 0;
    const meridiem = r.start.isCertain("meridiem") ? (hour >= 12 ? "pm" : "am") : undefined;
    found.time = meridiem === "pm" ? { h: hour, m } : { h: hour, m, ...(meridiem ? { meridiem } : {}) };
  }
  return found;
}

/** "a week from friday", "3 days after tomorrow": chrono reads the two halves separately. */
function joined(a: Hit, b: Hit, input: string, lex: ChronoLexicon, now: LocalDateTime): Reading | null {
  const between = input.slice(a.index + a.text.length, b.index);
  if (!lex.joiner.test(between) || !lex.durationOnly.test(a.text.toLowerCase().trim())) return null;
  const anchor = reading(b, input, lex, now);
  const y = a.start.get("year");
  const m = a.start.get("month");
  const d = a.start.get("day");
  if (!anchor || y === null || m === null || d === null) return null;
  const base = resolveDate(anchor.date, now, null);
  const months = y * 12 + m - (now.y * 12 + now.m);
  const byMonths = /month|mes|monat|year|año|jahr/u.test(a.text.toLowerCase());
  const date = byMonths ? addMonths(base, months) : addDays(base, compareDates({ y, m, d }, now));
  return {
    start: a.index,
    end: anchor.end,
    date: { kind: "date", date },
    ...(anchor.time ? { time: anchor.time } : {}),
  };
}

/** The first chrono reading that adds to (or, with no own date, stands in for) the own rules. */
function pick(
  results: Hit[],
  input: string,
  seg: Segment,
  trace: DateTrace,
  facts: DateFacts,
  lex: ChronoLexicon,
  now: LocalDateTime,
): Reading | null {
  for (let i = 0; i < results.length; i++) {
    const r = results[i];
    if (!r) continue;
    const next = results[i + 1];
    const found = (next && joined(r, next, input, lex, now)) || reading(r, input, lex, now);
    if (!found) continue;
    const { start, end } = found;
    if (trace.declined.some((d) => inside(d, start, end))) continue;
    const touched = trace.dates.filter((d) => overlaps(d, start, end));
    // Something new must be read: a residue character outside the own date spans.
    const adds = [...seg.text.slice(start, end)].some(
      (ch, k) => ch.trim() !== "" && !touched.some((d) => d[0] <= start + k && start + k < d[1]),
    );
    if (!adds) continue;
    if (facts.date) {
      // With an own date, chrono may only widen it ("el viernes" -> "el viernes 13 de marzo").
      if (touched.length === 0) continue;
      const from = Math.min(start, ...touched.map((d) => d[0]));
      const to = Math.max(end, ...touched.map((d) => d[1]));
      return { ...found, start: from, end: to };
    }
    if (lex.durationOnly.test(input.slice(start, end).trim())) continue;
    return found;
  }
  return null;
}

const MONTH_ALONE: Partial<Record<Lang, RegExp>> = {};

/** Months alone where chrono has no reading (German "im dezember", "ende märz"). */
function monthAlone(input: string, lex: ChronoLexicon, lang: Lang): Hit[] {
  MONTH_ALONE[lang] ??= new RegExp(
    `(?<![\\p{L}])(?<mon>${alt(Object.keys(lex.monthNames))})(?:\\s+(?<y>\\d{4}))?(?![\\p{L}])`,
    "gu",
  );
  const re = MONTH_ALONE[lang];
  const out: Hit[] = [];
  if (!re) return out;
  re.lastIndex = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    const month = lex.monthNames[m.groups?.mon ?? ""];
    const year = m.groups?.y;
    if (month === undefined) continue;
    out.push({
      index: m.index,
      text: m[0],
      start: {
        get: (c) => (c === "month" ? month : c === "year" && year ? Number(year) : c === "day" ? 1 : null),
        isCertain: (c) => c === "month" || (c === "year" && year !== undefined),
      },
    });
  }
  return out;
}

/** Runs chrono over what the own rules left and records the reading it trusts. */
export function chronoFallback(
  seg: Segment,
  facts: DateFacts,
  trace: DateTrace,
  lang: Lang,
  now: LocalDateTime,
  monthFirst: boolean,
): void {
  if (facts.offsetMinutes !== undefined) return;
  const lex = CHRONO[lang];
  if (!lex.dateish.test(seg.text)) return;
  const input = chronoInput(seg, trace);
  const parser = (!monthFirst && lex.dayFirstParser) || lex.parser;
  let results: Hit[] = parser.parse(input, referenceOf(now), { forwardDate: true });
  let found = pick(results, input, seg, trace, facts, lex, now);
  if (!found && !facts.date) {
    results = monthAlone(input, lex, lang);
    found = pick(results, input, seg, trace, facts, lex, now);
  }
  if (!found) return;
  const { start, end } = found;
  // The wider chrono reading replaces the own date's chip and fact.
  for (const [s, e] of trace.dates.filter((d) => inside([start, end], d[0], d[1]))) {
    const at = seg.spans.findIndex(
      (sp) => sp.kind === "date" && sp.start >= seg.offset + s && sp.end <= seg.offset + e,
    );
    if (at >= 0) seg.spans.splice(at, 1);
  }
  seg.consume(start, end, "date");
  trace.dates.push([start, end]);
  facts.date = found.date;
  if (found.time && !timeOfDay(facts)) facts.time = found.time;
}

/** The own date rules, then chrono for what they left: the one way a clause's dates are read. */
export function extractDates(
  seg: Segment,
  ctx: { locale: { lang: Lang; dateRules: readonly DateRule[] }; now: LocalDateTime; monthFirst: boolean },
  facts: DateFacts = {},
): DateFacts {
  const trace: DateTrace = { dates: [], declined: [] };
  const { lang, dateRules } = ctx.locale;
  extractDateFacts(seg, dateRules, { now: ctx.now, lang, monthFirst: ctx.monthFirst }, facts, trace);
  chronoFallback(seg, facts, trace, lang, ctx.now, ctx.monthFirst);
  return facts;
}
