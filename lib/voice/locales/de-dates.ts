// German date and time grammar. "morgen" is tomorrow, but "heute morgen" is this
// morning and "morgens" a marker; "halb 6" is 5:30; "3.12." is the 3rd of December.
import {
  type DateRule,
  type DayPart,
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

export const DE_WEEKDAYS: Record<string, number> = {
  montag: 0,
  dienstag: 1,
  mittwoch: 2,
  donnerstag: 3,
  freitag: 4,
  samstag: 5,
  sonnabend: 5,
  sonntag: 6,
};
export const DE_MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  april: 4,
  mai: 5,
  juni: 6,
  juli: 7,
  august: 8,
  september: 9,
  oktober: 10,
  november: 11,
  dezember: 12,
};

const WD = alt(Object.keys(DE_WEEKDAYS));
const MONTH = alt(Object.keys(DE_MONTHS));
const CARD = cardinalSource("de");
const ORD = ordinalSource("de");
const NEXT = "nächste[nrsm]?|naechste[nrsm]?|kommende[nrsm]?|übernächste[nrsm]?";
const PREP =
  "(?:am|an|bis|bis\\s+zum|bis\\s+spätestens|spätestens|zum|ab|auf|für|vor|den|diese[nrsm]?|im|in\\s+der)";

const num = (s: string | undefined): number =>
  s === undefined ? Number.NaN : (readNumber("de", s) ?? Number.NaN);
const amount = (s: string | undefined): number => (s === undefined || /^ein/.test(s) ? 1 : num(s));

const PARTS: Record<string, DayPart> = {
  früh: "morning",
  morgen: "morning",
  vormittag: "morning",
  mittag: "noon",
  nachmittag: "afternoon",
  abend: "evening",
  nacht: "night",
};
const PART_WORDS = alt(Object.keys(PARTS));

export const DE_DATE_RULES: DateRule[] = [
  {
    // in 20 minuten, in einer stunde, in einer halben stunde, in 3 tagen, in zwei wochen
    re: wordRe(
      `in\\s+(?:(?<n>${CARD}|einer|einem|einen|ein|eine|anderthalb|eineinhalb)\\s+)?(?<half>halben\\s+)?(?<unit>minuten|minute|min|stunden|stunde|std|tagen|tag|wochen|woche|monaten|monat|jahren|jahr)`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const unit = g.unit ?? "";
      let n = g.half ? 0.5 : amount(g.n);
      if (g.n === "anderthalb" || g.n === "eineinhalb") n = 1.5;
      if (!Number.isFinite(n) || n <= 0) return false;
      if (unit.startsWith("min")) return setOffsetMinutes(facts, n);
      if (unit.startsWith("st")) return setOffsetMinutes(facts, n * 60);
      if (unit.startsWith("tag")) return setDate(facts, relativeDays(ctx.now, n));
      if (unit.startsWith("woche")) return setDate(facts, relativeDays(ctx.now, n * 7));
      if (unit.startsWith("monat")) return setDate(facts, relativeMonths(ctx.now, n));
      return setDate(facts, relativeMonths(ctx.now, n * 12));
    },
  },
  {
    re: wordRe("(?:bis\\s+)?übermorgen(?:\\s+(?<part>früh|vormittag|mittag|nachmittag|abend))?"),
    kind: "date",
    apply(m, facts, ctx) {
      if (!setDate(facts, relativeDays(ctx.now, 2))) return false;
      const part = PARTS[m.groups?.part ?? ""];
      return part ? setDayPart(facts, part) : true;
    },
  },
  {
    // heute abend, heute morgen (this morning!), morgen früh, morgen abend, freitag nachmittag
    re: wordRe(`(?:(?:${PREP})\\s+)*(?<day>heute|morgen|${WD})\\s+(?<part>${PART_WORDS})`),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const day = g.day ?? "";
      const part = PARTS[g.part ?? ""];
      if (!part || (day === "morgen" && g.part === "morgen")) return false;
      const weekday = DE_WEEKDAYS[day];
      const ref =
        weekday !== undefined
          ? { kind: "weekday" as const, weekday, nextWeek: new RegExp(NEXT, "u").test(m[0]) }
          : relativeDays(ctx.now, day === "heute" ? 0 : 1);
      return setDate(facts, ref) && setDayPart(facts, part);
    },
  },
  {
    re: wordRe("(?:bis\\s+|für\\s+|ab\\s+)?(?<word>heute|morgen)"),
    kind: "date",
    apply: (m, facts, ctx) => setDate(facts, relativeDays(ctx.now, m.groups?.word === "heute" ? 0 : 1)),
  },
  {
    re: wordRe(
      "(?:bis\\s+|zum\\s+|am\\s+)?(?:ende\\s+(?:der|dieser|des)\\s+(?<what>woche|monats|tages)|(?<what2>wochenende|monatsende|feierabend|arbeitsschluss|tagesende))",
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const what = m.groups?.what ?? m.groups?.what2 ?? "";
      // "nächstes / dieses wochenende" is the next rule's
      if (what === "wochenende" && new RegExp(`(?:${NEXT}|diese[nrsm]?)\\s*$`, "u").test(ctx.before))
        return false;
      if (what === "woche") return setDate(facts, endOfWeek(ctx.now));
      if (what === "wochenende") return setDate(facts, weekend(ctx.now, false));
      if (what.startsWith("monat")) return setDate(facts, endOfMonth(ctx.now));
      return setDayPart(facts, "eod");
    },
  },
  {
    // freitag, am freitag, diesen freitag, nächsten freitag, freitag nächste woche
    re: wordRe(
      `(?:(?:${PREP})\\s+)*(?:(?<next>${NEXT})\\s+)?(?<wd>${WD})(?<nextWeek>\\s+(?:nächste|kommende)\\s+woche|\\s+in\\s+einer\\s+woche)?`,
    ),
    kind: "date",
    apply(m, facts) {
      const g = m.groups ?? {};
      const weekday = DE_WEEKDAYS[g.wd ?? ""];
      if (weekday === undefined) return false;
      return setDate(facts, { kind: "weekday", weekday, nextWeek: Boolean(g.next || g.nextWeek) });
    },
  },
  {
    re: wordRe(
      `(?:(?:${PREP})\\s+)*(?:(?<which>${NEXT}|diese[nrsm]?)\\s+)(?<what>woche|monat|jahr|wochenende)|(?:(?:${PREP})\\s+)*(?:das\\s+)?wochenende`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const next = Boolean(g.which && !g.which.startsWith("dies"));
      const what = g.what ?? "wochenende";
      if (what === "wochenende") return setDate(facts, weekend(ctx.now, next));
      if (what === "woche") return setDate(facts, next ? startOfNextWeek(ctx.now) : endOfWeek(ctx.now));
      if (what === "monat") return setDate(facts, next ? startOfNextMonth(ctx.now) : endOfMonth(ctx.now));
      return next && setDate(facts, startOfNextYear(ctx.now));
    },
  },
  {
    // am 3. dezember, 3. dezember 2027, am dritten dezember
    re: wordRe(`(?:(?:${PREP})\\s+)*(?<d>${ORD}|\\d{1,2})\\s*(?<mon>${MONTH})(?:\\s+(?<y>\\d{4}))?`),
    kind: "date",
    apply(m, facts) {
      const g = m.groups ?? {};
      const month = DE_MONTHS[g.mon ?? ""];
      const day = num(g.d);
      if (!month || !(day >= 1 && day <= 31)) return false;
      return setDate(facts, { kind: "monthDay", month, day, ...(g.y ? { year: Number(g.y) } : {}) });
    },
  },
  {
    // am 3.12., bis 3.12.2027 (a trailing dot or a preposition tells it from a time "9.30")
    re: new RegExp(
      `(?<![\\p{L}\\p{N}.])(?:(?<prep>(?:${PREP})\\s+)+)?(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})(?<dot>\\.)?(?<y>\\d{4}|\\d{2})?(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    kind: "date",
    apply(m, facts) {
      const g = m.groups ?? {};
      if (!g.prep && !g.dot) return false;
      const day = Number(g.d);
      const month = Number(g.mo);
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return false;
      const year = g.y ? Number(g.y.length === 2 ? `20${g.y}` : g.y) : undefined;
      return setDate(facts, { kind: "monthDay", month, day, ...(year ? { year } : {}) });
    },
  },
  {
    // am 12., bis zum zwölften, am 5 (not "am 5 uhr")
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:am|bis\\s+zum|zum|bis|ab\\s+dem|ab\\s+den|ab)\\s+(?:den\\s+)?(?<d>\\d{1,2}\\.?|${ORD})(?![\\p{L}\\p{N}])`,
      "gu",
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const day = num(m.groups?.d);
      if (!(day >= 1 && day <= 31) || /^\s*uhr/u.test(ctx.after)) return false;
      return setDate(facts, { kind: "dayOfMonth", day });
    },
  },
  {
    re: wordRe("(?:um|gegen|bis)\\s+mitternacht|mitternachts|mitternacht"),
    kind: "time",
    apply: (_m, facts) => setDayPart(facts, "midnight"),
  },
  {
    // halb 6 = 5:30, viertel nach 5, viertel vor 6, dreiviertel 6, 10 nach 5
    re: wordRe(
      `(?:(?:um|gegen|bis|ab)\\s+)?(?:(?<half>halb)|(?<q>viertel|dreiviertel|${CARD})(?:\\s+minuten)?\\s+(?<dir>nach|vor)|(?<tq>dreiviertel))\\s+(?<h>${CARD})(?:\\s+uhr)?`,
    ),
    kind: "time",
    apply(m, facts) {
      const g = m.groups ?? {};
      const h = num(g.h);
      if (!(h >= 1 && h <= 12)) return false;
      const prev = h === 1 ? 12 : h - 1;
      if (g.half) return setTime(facts, prev, 30);
      if (g.tq) return setTime(facts, prev, 45);
      const minutes = g.q === "viertel" ? 15 : g.q === "dreiviertel" ? 45 : num(g.q);
      if (!(minutes > 0 && minutes < 60)) return false;
      return g.dir === "nach" ? setTime(facts, h, minutes) : setTime(facts, prev, 60 - minutes);
    },
  },
  {
    // um 9, um 9 uhr, 17 uhr, um 9:30, um 9 uhr 30, gegen acht
    re: wordRe(
      `(?<prep>(?:um|gegen|bis|ab|vor)\\s+)?(?<h>\\d{1,2}|${CARD})(?:[:.](?<m>\\d{2}))?(?<uhr>\\s*uhr)?(?:\\s+(?<m2>\\d{1,2}|${CARD})(?=\\s|$))?`,
    ),
    kind: "time",
    apply(m, facts) {
      const g = m.groups ?? {};
      if (!g.uhr && !(g.prep && /^(?:um|gegen)/.test(g.prep)) && !g.m) return false;
      if (g.m2 && !g.uhr) return false;
      const h = num(g.h);
      const minutes = g.m ? Number(g.m) : g.m2 ? num(g.m2) : 0;
      if (!(h >= 0 && h <= 24 && minutes >= 0 && minutes < 60)) return false;
      return setTime(facts, h, minutes);
    },
  },
  {
    re: wordRe(
      "(?<adv>morgens|früh|vormittags|mittags|nachmittags|abends|nachts)|(?:am|gegen|zu|in\\s+der|heute)\\s+(?<part>morgen|vormittag|mittag|nachmittag|abend|nacht)",
    ),
    kind: "time",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const word = g.adv ? g.adv.replace(/s$/, "") : (g.part ?? "");
      const part = PARTS[word] ?? (word === "morgen" ? "morning" : undefined);
      if (!part) return false;
      if (m[0].startsWith("heute") && !setDate(facts, relativeDays(ctx.now, 0))) return false;
      return setDayPart(facts, part);
    },
  },
];

function setOffsetMinutes(facts: { offsetMinutes?: number }, minutes: number): boolean {
  if (facts.offsetMinutes !== undefined) return false;
  facts.offsetMinutes = Math.round(minutes);
  return true;
}
