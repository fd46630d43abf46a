// English date and time grammar (rules run in this order; each consumes what it accepts).
import {
  type DateRule,
  endOfMonth,
  endOfWeek,
  relativeDays,
  relativeMonths,
  setDate,
  setDayPart,
  setTime,
  startOfNextMonth,
  startOfNextWeek,
  startOfNextYear,
  weekend,
} from "../dates";
import { cardinalSource, ordinalSource, readNumber } from "../numbers";
import { alt, wordRe } from "../text";

export const EN_WEEKDAYS: Record<string, number> = {
  monday: 0,
  tuesday: 1,
  tues: 1,
  wednesday: 2,
  thursday: 3,
  thurs: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
};
export const EN_MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const WD = alt(Object.keys(EN_WEEKDAYS));
const MONTH = alt(Object.keys(EN_MONTHS));
const CARD = cardinalSource("en");
const ORD = ordinalSource("en");
const MER = "a\\.?\\s?m\\.?|p\\.?\\s?m\\.?";
const AT = "(?:at|by|around|about|before|until|till|@)";
// "the monday meeting", "my friday class": a weekday used as a modifier is a title word.
const MODIFIER_BEFORE = /(?:^|\s)(?:the|a|an|my|our|your|his|her|their|this week's|next week's)\s*$/u;

const num = (s: string | undefined): number =>
  s === undefined ? Number.NaN : (readNumber("en", s) ?? Number.NaN);
const meridiemOf = (s: string | undefined): "am" | "pm" | undefined =>
  s === undefined ? undefined : s.startsWith("a") ? "am" : "pm";
const amount = (s: string | undefined): number =>
  s === undefined || /^an?$/.test(s) ? 1 : /couple/.test(s) ? 2 : /few/.test(s) ? 3 : num(s);

export const EN_DATE_RULES: DateRule[] = [
  {
    // in 2 hours, in half an hour, in an hour and a half, in 3 days, in a couple of weeks
    re: wordRe(
      `(?:in|within)\\s+(?:(?<n>${CARD}|an?|a\\s+couple\\s+of|a\\s+few)\\s+)?(?<half>half\\s+an?\\s+)?(?<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)(?<andHalf>\\s+and\\s+a\\s+half)?(?:\\s+from\\s+now|'?s?\\s+time)?|(?<n2>${CARD}|an?)\\s+(?<unit2>minutes?|hours?|days?|weeks?)\\s+from\\s+now`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const unit = (g.unit ?? g.unit2 ?? "").replace(/s$/, "");
      let n = g.half ? 0.5 : amount(g.n ?? g.n2);
      if (g.andHalf) n += 0.5;
      if (!Number.isFinite(n)) return false;
      if (unit.startsWith("min")) return setOffset(facts, n);
      if (unit.startsWith("h")) return setOffset(facts, n * 60);
      if (unit === "day") return setDate(facts, relativeDays(ctx.now, n));
      if (unit === "week") return setDate(facts, relativeDays(ctx.now, n * 7));
      if (unit === "fortnight") return setDate(facts, relativeDays(ctx.now, n * 14));
      if (unit === "month") return setDate(facts, relativeMonths(ctx.now, n));
      return setDate(facts, relativeMonths(ctx.now, n * 12));
    },
  },
  {
    re: wordRe("(?:on\\s+|by\\s+)?(?:the\\s+)?day\\s+after\\s+tomorrow|overmorrow"),
    kind: "date",
    apply: (_m, facts, ctx) => setDate(facts, relativeDays(ctx.now, 2)),
  },
  {
    re: wordRe("tonight|this\\s+(?<part>morning|afternoon|evening)|later\\s+today"),
    kind: "date",
    apply(m, facts, ctx) {
      const part = m.groups?.part;
      if (!setDate(facts, relativeDays(ctx.now, 0))) return false;
      if (m[0].startsWith("later")) return true;
      return setDayPart(
        facts,
        part === "morning" || part === "afternoon" || part === "evening" ? part : "tonight",
      );
    },
  },
  {
    re: wordRe("(?:by\\s+|for\\s+)?(?<word>today|tomorrow)(?:\\s+(?<part>morning|afternoon|evening|night))?"),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      if (!setDate(facts, relativeDays(ctx.now, g.word === "today" ? 0 : 1))) return false;
      if (g.part)
        setDayPart(facts, g.part === "night" ? "night" : (g.part as "morning" | "afternoon" | "evening"));
      return true;
    },
  },
  {
    // friday, on friday, this friday, next friday, friday next week, tomorrow-style parts: friday evening
    re: wordRe(
      `(?:(?<prep>on|by|until|till|before|for|due)\\s+)?(?:(?<mod>next|this|this\\s+coming|coming)\\s+)?(?<wd>${WD})(?<nextWeek>\\s+(?:of\\s+)?next\\s+week)?(?:\\s+(?<part>morning|afternoon|evening|night))?`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      if (!g.prep && !g.mod && MODIFIER_BEFORE.test(ctx.before)) return false;
      const weekday = EN_WEEKDAYS[g.wd ?? ""];
      if (weekday === undefined) return false;
      const nextWeek = g.mod === "next" || Boolean(g.nextWeek);
      if (!setDate(facts, { kind: "weekday", weekday, nextWeek })) return false;
      if (g.part) setDayPart(facts, g.part as "morning" | "afternoon" | "evening" | "night");
      return true;
    },
  },
  {
    re: wordRe(
      "(?:by\\s+|until\\s+|at\\s+|before\\s+)?(?:the\\s+)?(?:end\\s+of\\s+(?:the\\s+)?|close\\s+of\\s+)(?<what>day|business|week|month)|eod|cob",
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const what = m.groups?.what;
      if (what === "week") return setDate(facts, endOfWeek(ctx.now));
      if (what === "month") return setDate(facts, endOfMonth(ctx.now));
      return setDayPart(facts, "eod");
    },
  },
  {
    re: wordRe(
      "(?:on\\s+|by\\s+|for\\s+|over\\s+)?(?<which>this|next)\\s+(?<what>week\\s*end|weekend|week|month|year)|(?:on\\s+|over\\s+)?the\\s+weekend",
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const next = g.which === "next";
      const what = (g.what ?? "weekend").replace(/\s+/g, "");
      if (what === "weekend") return setDate(facts, weekend(ctx.now, next));
      if (what === "week") return setDate(facts, next ? startOfNextWeek(ctx.now) : endOfWeek(ctx.now));
      if (what === "month")
        return next ? setDate(facts, startOfNextMonth(ctx.now)) : setDate(facts, endOfMonth(ctx.now));
      return next && setDate(facts, startOfNextYear(ctx.now));
    },
  },
  {
    // december 3rd, dec 3, the 3rd of december, 3 december 2027
    re: wordRe(
      `(?:(?:on|by|until|till|before|for|due)\\s+)?(?:the\\s+)?(?:(?<d1>${ORD}|\\d{1,2})\\s+(?:of\\s+)?(?<m1>${MONTH})|(?<m2>${MONTH})\\s+(?:the\\s+)?(?<d2>${ORD}|\\d{1,2}))(?:,?\\s+(?<y>\\d{4}))?`,
    ),
    kind: "date",
    apply(m, facts) {
      const g = m.groups ?? {};
      const month = EN_MONTHS[g.m1 ?? g.m2 ?? ""];
      const day = num(g.d1 ?? g.d2);
      if (!month || !(day >= 1 && day <= 31)) return false;
      return setDate(facts, { kind: "monthDay", month, day, ...(g.y ? { year: Number(g.y) } : {}) });
    },
  },
  {
    // 12/3 or 12/3/2027: month first in the US, day first elsewhere
    re: wordRe("(?:(?:on|by|until|due)\\s+)?(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<y>\\d{2}|\\d{4}))?"),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const [month, day] = ctx.monthFirst ? [Number(g.a), Number(g.b)] : [Number(g.b), Number(g.a)];
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return false;
      const year = g.y ? Number(g.y.length === 2 ? `20${g.y}` : g.y) : undefined;
      return setDate(facts, { kind: "monthDay", month, day, ...(year ? { year } : {}) });
    },
  },
  {
    // on the 5th, by the twentieth (an ordinal without "on"/"by" stays a title word: "the 5th wave")
    re: wordRe(`(?:on|by|until|till|before|due|for)\\s+the\\s+(?<d>${ORD})|on\\s+(?<d2>${ORD})`),
    kind: "date",
    apply(m, facts, ctx) {
      const day = num(m.groups?.d ?? m.groups?.d2);
      if (
        !(day >= 1 && day <= 31) ||
        /^\s*(?:floor|wave|place|grade|row|edition|chapter|century)/u.test(ctx.after)
      )
        return false;
      return setDate(facts, { kind: "dayOfMonth", day });
    },
  },
  {
    re: wordRe(`(?:${AT}\\s+)?(?:noon|midday|lunchtime|lunch\\s+time)`),
    kind: "time",
    apply: (_m, facts) => setDayPart(facts, "noon"),
  },
  {
    re: wordRe(`(?:${AT}\\s+)?midnight`),
    kind: "time",
    apply: (_m, facts) => setDayPart(facts, "midnight"),
  },
  {
    // half past five, quarter to six, ten past 5, 20 to 6
    re: wordRe(
      `(?:${AT}\\s+)?(?<rel>half|(?:a\\s+)?quarter|${CARD})(?:\\s+minutes)?\\s+(?<dir>past|after|to|before|till)\\s+(?<h>${CARD})(?:\\s+o'?clock)?(?:\\s*(?<mer>${MER}))?`,
    ),
    kind: "time",
    apply(m, facts) {
      const g = m.groups ?? {};
      const rel = g.rel ?? "";
      const minutes = rel === "half" ? 30 : rel.endsWith("quarter") ? 15 : num(rel);
      const h = num(g.h);
      if (!(h >= 1 && h <= 12 && minutes > 0 && minutes < 60)) return false;
      const forward = g.dir === "past" || g.dir === "after";
      if (!forward && g.dir === "before" && rel === "half") return false;
      return forward
        ? setTime(facts, h, minutes, meridiemOf(g.mer))
        : setTime(facts, h === 1 ? 12 : h - 1, 60 - minutes, meridiemOf(g.mer));
    },
  },
  {
    // 17:00, at 6:30, 9.30 pm
    re: wordRe(`(?:${AT}\\s+)?(?<h>\\d{1,2})[:.](?<m>\\d{2})(?:\\s*(?<mer>${MER}))?(?:\\s+o'?clock)?`),
    kind: "time",
    apply: (m, facts) => setTime(facts, Number(m.groups?.h), Number(m.groups?.m), meridiemOf(m.groups?.mer)),
  },
  {
    // at 5, at five thirty pm, 5pm, at 9 o'clock, at 930
    re: wordRe(
      `(?<at>${AT}\\s+)?(?<h>\\d{1,2}|${CARD})(?:\\s+(?<oh>oh\\s+)?(?<m>${CARD})(?=\\s*(?:${MER})|\\s|$|,))?(?<clock>\\s+o'?clock)?(?:\\s*(?<mer>${MER}))?|(?<at2>${AT})\\s+(?<hhmm>\\d{3,4})`,
    ),
    kind: "time",
    apply(m, facts) {
      const g = m.groups ?? {};
      if (g.hhmm) {
        const v = Number(g.hhmm);
        return setTime(facts, Math.floor(v / 100), v % 100);
      }
      if (!g.at && !g.mer && !g.clock) return false;
      const h = num(g.h);
      let minutes = g.m ? num(g.m) : 0;
      if (g.oh && minutes >= 10) return false;
      if (!(minutes >= 0 && minutes < 60)) minutes = 0;
      if (!(h >= 0 && h <= 24)) return false;
      if (g.m && !g.mer && !g.at) return false;
      return setTime(facts, h, minutes, meridiemOf(g.mer));
    },
  },
  {
    // markers that also give a default time: in the morning, in the evening, at night
    re: wordRe(
      "(?:in\\s+the|during\\s+the|early\\s+in\\s+the|late\\s+in\\s+the)\\s+(?<part>morning|afternoon|evening)|at\\s+night|overnight",
    ),
    kind: "time",
    apply(m, facts) {
      const part = m.groups?.part;
      return setDayPart(
        facts,
        part === "morning" || part === "afternoon" || part === "evening" ? part : "night",
      );
    },
  },
];

function setOffset(facts: { offsetMinutes?: number }, minutes: number): boolean {
  if (facts.offsetMinutes !== undefined || !(minutes > 0)) return false;
  facts.offsetMinutes = Math.round(minutes);
  return true;
}
