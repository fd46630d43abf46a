// English recurrence phrases, most specific first.
import { cardinalSource, ordinalSource, readNumber } from "../numbers";
import { type RecurrenceRule, recurrence, WEEKEND_DAYS, WORKDAYS } from "../recurrence";
import { alt, wordRe } from "../text";
import { EN_MONTHS, EN_WEEKDAYS } from "./en-dates";

const WD = alt(Object.keys(EN_WEEKDAYS));
const WDS = `(?:${WD})s?`;
const CARD = cardinalSource("en");
const ORD = ordinalSource("en");
const NTH = "first|second|third|fourth|last|1st|2nd|3rd|4th";
const EVERY = "(?:every|each)";

const weekdayList = (s: string): number[] =>
  [...s.matchAll(new RegExp(WD, "gu"))]
    .map((x) => EN_WEEKDAYS[x[0]] ?? 0)
    .filter((d, i, a) => a.indexOf(d) === i);
const nthOf = (s: string | undefined): number => (s === "last" ? -1 : (readNumber("en", s ?? "") ?? 1));
const UNIT_FREQ = { day: "DAILY", week: "WEEKLY", month: "MONTHLY", year: "YEARLY" } as const;
const unitFreq = (u: string | undefined) =>
  UNIT_FREQ[(u ?? "day").replace(/s$/, "") as keyof typeof UNIT_FREQ];

export const EN_RECURRENCE_RULES: RecurrenceRule[] = [
  {
    // every first monday of the month, the last friday of every month
    re: wordRe(
      `(?:${EVERY}\\s+|on\\s+)?(?:the\\s+)?(?<nth>${NTH})\\s+(?<wd>${WD})\\s+(?:of\\s+|in\\s+)?(?:the|every|each)\\s+month|${EVERY}\\s+month\\s+on\\s+the\\s+(?<nth2>${NTH})\\s+(?<wd2>${WD})`,
    ),
    build(m) {
      const g = m.groups ?? {};
      const wd = EN_WEEKDAYS[g.wd ?? g.wd2 ?? ""];
      if (wd === undefined || !/every|each/u.test(m[0])) return null;
      return recurrence("MONTHLY", { byDay: [wd], nth: nthOf(g.nth ?? g.nth2) });
    },
  },
  {
    re: wordRe(
      `(?:${EVERY}\\s+|on\\s+)?(?:the\\s+)?last\\s+day\\s+of\\s+(?:the|every|each)\\s+month|${EVERY}\\s+month\\s+on\\s+the\\s+last\\s+day`,
    ),
    build: (m) => (/every|each/u.test(m[0]) ? recurrence("MONTHLY", { byMonthDay: -1 }) : null),
  },
  {
    // on the 1st of every month, every month on the 15th, the 15th of each month
    re: wordRe(
      `(?:on\\s+)?(?:the\\s+)?(?<d>${ORD})\\s+(?:day\\s+)?of\\s+(?:every|each|the)\\s+month|(?:${EVERY}\\s+month|monthly)\\s+on\\s+the\\s+(?<d2>${ORD})|${EVERY}\\s+(?<d3>${ORD})\\s+of\\s+the\\s+month`,
    ),
    build(m) {
      const g = m.groups ?? {};
      const day = readNumber("en", g.d ?? g.d2 ?? g.d3 ?? "");
      if (day === null || day < 1 || day > 31 || /of\s+the\s+month$/u.test(m[0]) !== /every|each/u.test(m[0]))
        if (!(day !== null && day >= 1 && day <= 31 && /every|each|monthly/u.test(m[0]))) return null;
      return recurrence("MONTHLY", { byMonthDay: day ?? 1 });
    },
  },
  {
    re: wordRe(`${EVERY}\\s+(?:other|second|alternate)\\s+(?<wd>${WD})`),
    build: (m) => recurrence("WEEKLY", { interval: 2, byDay: weekdayList(m.groups?.wd ?? "") }),
  },
  {
    re: wordRe(`${EVERY}\\s+(?:other|second)\\s+(?<unit>day|week|month|year)|(?<alt>alternate\\s+days)`),
    build: (m) => recurrence(unitFreq(m.groups?.unit), { interval: 2 }),
  },
  {
    re: wordRe(`${EVERY}\\s+(?<n>${CARD}|couple\\s+of)\\s+(?<unit>days|weeks|months|years)`),
    build(m) {
      const n = /couple/u.test(m.groups?.n ?? "") ? 2 : readNumber("en", m.groups?.n ?? "");
      return n && n > 0 ? recurrence(unitFreq(m.groups?.unit), { interval: n }) : null;
    },
  },
  {
    re: wordRe("biweekly|fortnightly|every\\s+fortnight"),
    build: () => recurrence("WEEKLY", { interval: 2 }),
  },
  {
    re: wordRe(`(?:${EVERY}\\s+week\\s*day|(?:on\\s+)?weekdays|${EVERY}\\s+work\\s*day|(?:on\\s+)?workdays)`),
    build: () => recurrence("WEEKLY", { byDay: WORKDAYS }),
  },
  {
    re: wordRe(`${EVERY}\\s+weekend|(?:on\\s+)?weekends`),
    build: () => recurrence("WEEKLY", { byDay: WEEKEND_DAYS }),
  },
  {
    // every monday, every tuesday and friday, on mondays and thursdays
    re: wordRe(
      `(?:${EVERY}\\s+(?<wds>${WD}(?:\\s*(?:,|and|&)?\\s*(?:and\\s+)?(?:every\\s+)?${WD})*)|(?:on\\s+)?(?<plural>(?:${WD})s(?:\\s*(?:,|and|&)?\\s*(?:and\\s+)?${WDS})*))(?:\\s+(?<part>morning|afternoon|evening|night)s?)?`,
    ),
    build(m) {
      const g = m.groups ?? {};
      const days = weekdayList(g.wds ?? g.plural ?? "");
      if (days.length === 0) return null;
      const part = g.part === "night" ? "night" : (g.part as "morning" | "afternoon" | "evening" | undefined);
      return recurrence("WEEKLY", { byDay: days, ...(part ? { dayPart: part } : {}) });
    },
  },
  {
    re: wordRe(
      `${EVERY}\\s+(?:single\\s+)?(?<part>day|morning|afternoon|evening|night)|daily|nightly|once\\s+a\\s+day`,
    ),
    build(m) {
      const part = m.groups?.part;
      if (m[0] === "nightly" || part === "night") return recurrence("DAILY", { dayPart: "night" });
      if (part === "morning" || part === "afternoon" || part === "evening")
        return recurrence("DAILY", { dayPart: part });
      return recurrence("DAILY");
    },
  },
  {
    re: wordRe(
      `${EVERY}\\s+(?<unit>week|month|year)|weekly|monthly|yearly|annually|once\\s+a\\s+(?<unit2>week|month|year)`,
    ),
    build(m) {
      const u = m.groups?.unit ?? m.groups?.unit2;
      const word = u ?? m[0];
      if (word.startsWith("week")) return recurrence("WEEKLY");
      if (word.startsWith("month")) return recurrence("MONTHLY");
      return recurrence("YEARLY");
    },
  },
  {
    // every march 3rd: yearly, the date itself is left for the date rules
    re: new RegExp(`${EVERY}\\s+(?=(?:${alt(Object.keys(EN_MONTHS))})\\s+(?:the\\s+)?\\d)`, "gu"),
    build: () => recurrence("YEARLY"),
  },
];
