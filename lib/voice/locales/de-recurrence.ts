// German recurrence phrases, most specific first ("montags" is every Monday).
import { cardinalSource, ordinalSource, readNumber } from "../numbers";
import { type RecurrenceRule, recurrence, WEEKEND_DAYS, WORKDAYS } from "../recurrence";
import { alt, wordRe } from "../text";
import { DE_WEEKDAYS } from "./de-dates";

const WD = alt(Object.keys(DE_WEEKDAYS));
const CARD = cardinalSource("de");
const ORD = ordinalSource("de");
const NTH = "erste[nrsm]?|zweite[nrsm]?|dritte[nrsm]?|vierte[nrsm]?|letzte[nrsm]?|\\d\\.";
const OF_MONTH = "(?:im|des|jedes|eines|in\\s+jedem)\\s+monats?";

const weekdayList = (s: string): number[] =>
  [...s.matchAll(new RegExp(WD, "gu"))]
    .map((x) => DE_WEEKDAYS[x[0]] ?? 0)
    .filter((d, i, a) => a.indexOf(d) === i);
const nthOf = (s: string | undefined): number =>
  /letzt/u.test(s ?? "") ? -1 : (readNumber("de", s ?? "") ?? 1);
const freqOf = (unit: string | undefined) => {
  const u = unit ?? "tag";
  if (u.startsWith("woche")) return "WEEKLY" as const;
  if (u.startsWith("monat")) return "MONTHLY" as const;
  if (u.startsWith("jahr")) return "YEARLY" as const;
  return "DAILY" as const;
};

export const DE_RECURRENCE_RULES: RecurrenceRule[] = [
  {
    // jeden ersten montag im monat, am letzten freitag jedes monats
    re: wordRe(`(?:jeden\\s+|am\\s+|immer\\s+am\\s+)?(?<nth>${NTH})\\s+(?<wd>${WD})\\s+${OF_MONTH}`),
    build(m) {
      const wd = DE_WEEKDAYS[m.groups?.wd ?? ""];
      if (wd === undefined || !/jede|immer|im\s+monat/u.test(m[0])) return null;
      return recurrence("MONTHLY", { byDay: [wd], nth: nthOf(m.groups?.nth) });
    },
  },
  {
    re: wordRe(
      `(?:jeden\\s+|am\\s+|immer\\s+am\\s+)?letzten\\s+tag\\s+${OF_MONTH}|monatsletzten|(?:jeweils\\s+)?zum\\s+monatsende`,
    ),
    build: () => recurrence("MONTHLY", { byMonthDay: -1 }),
  },
  {
    // am 1. jedes monats, jeden ersten des monats, monatlich am 15.
    re: wordRe(
      `(?:jeden\\s+|am\\s+|immer\\s+am\\s+)?(?<d>${ORD})\\s+(?:tag\\s+)?(?:jedes|jeden|des|im)\\s+monats?|(?:jeden\\s+monat|monatlich)\\s+am\\s+(?<d2>${ORD})`,
    ),
    build(m) {
      const day = readNumber("de", m.groups?.d ?? m.groups?.d2 ?? "");
      if (day === null || day < 1 || day > 31 || !/jede|immer|monatlich|im\s+monat/u.test(m[0])) return null;
      return recurrence("MONTHLY", { byMonthDay: day });
    },
  },
  {
    re: wordRe(`jeden\\s+zweiten\\s+(?<wd>${WD})|alle\\s+(?:zwei|2)\\s+wochen\\s+(?:am\\s+)?(?<wd2>${WD})`),
    build: (m) =>
      recurrence("WEEKLY", { interval: 2, byDay: weekdayList(m.groups?.wd ?? m.groups?.wd2 ?? "") }),
  },
  {
    re: wordRe(
      `(?:jeden|jede|jedes)\\s+(?<nth>zweiten|zweite|zweites|dritten|dritte|drittes)\\s+(?<unit>tag|woche|monat|jahr)|alle\\s+(?<n>${CARD}|\\d+)\\s+(?<unit2>tage|wochen|monate|jahre)|(?<half>vierzehntägig|zweiwöchentlich)`,
    ),
    build(m) {
      const g = m.groups ?? {};
      if (g.half) return recurrence("WEEKLY", { interval: 2 });
      const n = g.nth ? (g.nth.startsWith("zweit") ? 2 : 3) : readNumber("de", g.n ?? "");
      return n && n > 0 ? recurrence(freqOf(g.unit ?? g.unit2), { interval: n }) : null;
    },
  },
  {
    re: wordRe(
      "werktags|wochentags|an\\s+(?:allen\\s+)?werktagen|jeden\\s+werktag|(?:von\\s+)?montags?\\s+bis\\s+freitags?",
    ),
    build: () => recurrence("WEEKLY", { byDay: WORKDAYS }),
  },
  {
    re: wordRe("(?:jedes|an\\s+jedem)\\s+wochenende|an\\s+wochenenden|am\\s+wochenende\\s+immer"),
    build: () => recurrence("WEEKLY", { byDay: WEEKEND_DAYS }),
  },
  {
    // jeden montag, jeden dienstag und freitag, montags, montags und donnerstags
    re: wordRe(
      `(?:jeden|immer|immer\\s+am)\\s+(?<wds>${WD}(?:\\s*(?:,|und)?\\s*(?:jeden\\s+)?${WD})*)|(?:immer\\s+)?(?<plural>(?:${WD})s(?:\\s*(?:,|und)?\\s*(?:${WD})s)*)`,
    ),
    build(m) {
      const days = weekdayList(m.groups?.wds ?? m.groups?.plural ?? "");
      return days.length > 0 ? recurrence("WEEKLY", { byDay: days }) : null;
    },
  },
  {
    re: wordRe(
      "jeden\\s+(?<part>tag|morgen|vormittag|mittag|nachmittag|abend)|täglich|tagtäglich|jede\\s+nacht|einmal\\s+am\\s+tag",
    ),
    build(m) {
      const part = m.groups?.part;
      if (part === "morgen" || part === "vormittag") return recurrence("DAILY", { dayPart: "morning" });
      if (part === "mittag") return recurrence("DAILY", { dayPart: "noon" });
      if (part === "nachmittag") return recurrence("DAILY", { dayPart: "afternoon" });
      if (part === "abend") return recurrence("DAILY", { dayPart: "evening" });
      if (m[0].includes("nacht")) return recurrence("DAILY", { dayPart: "night" });
      return recurrence("DAILY");
    },
  },
  {
    re: wordRe(
      "jede\\s+woche|wöchentlich|einmal\\s+(?:die|pro)\\s+woche|jeden\\s+monat|monatlich|einmal\\s+im\\s+monat|jedes\\s+jahr|jährlich|einmal\\s+im\\s+jahr",
    ),
    build(m) {
      const s = m[0];
      if (/woch/u.test(s)) return recurrence("WEEKLY");
      if (/monat/u.test(s)) return recurrence("MONTHLY");
      return recurrence("YEARLY");
    },
  },
];
