// Spanish recurrence phrases, most specific first.
import { cardinalSource, readNumber } from "../numbers";
import { type RecurrenceRule, recurrence, WEEKEND_DAYS, WORKDAYS } from "../recurrence";
import { alt, wordRe } from "../text";
import { ES_WEEKDAYS } from "./es-dates";

const WD = alt(Object.keys(ES_WEEKDAYS));
const CARD = cardinalSource("es");
const NTH = "primer|primero|primera|segundo|segunda|tercer|tercero|tercera|cuarto|cuarta|[uú]ltimo|[uú]ltima";
const EACH_MONTH = "(?:de|del)\\s+(?:cada\\s+mes|todos\\s+los\\s+meses|mes)";

const weekdayList = (s: string): number[] =>
  [...s.matchAll(new RegExp(WD, "gu"))]
    .map((x) => ES_WEEKDAYS[x[0]] ?? 0)
    .filter((d, i, a) => a.indexOf(d) === i);
const nthOf = (s: string | undefined): number =>
  /[uú]ltim/u.test(s ?? "") ? -1 : (readNumber("es", s ?? "") ?? 1);
const UNIT: Record<string, "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY"> = {
  d: "DAILY",
  s: "WEEKLY",
  m: "MONTHLY",
  a: "YEARLY",
};
const freqOf = (unit: string | undefined) => UNIT[(unit ?? "d").charAt(0)] ?? "DAILY";
const isEvery = (s: string): boolean => /cada|todos|todas/u.test(s);

export const ES_RECURRENCE_RULES: RecurrenceRule[] = [
  {
    // el primer lunes de cada mes, cada último viernes del mes
    re: wordRe(`(?:cada\\s+|todos\\s+los\\s+|el\\s+)?(?<nth>${NTH})s?\\s+(?<wd>${WD})\\s+${EACH_MONTH}`),
    build(m) {
      const wd = ES_WEEKDAYS[m.groups?.wd ?? ""];
      if (wd === undefined || !isEvery(m[0])) return null;
      return recurrence("MONTHLY", { byDay: [wd], nth: nthOf(m.groups?.nth) });
    },
  },
  {
    re: wordRe(`(?:cada\\s+|el\\s+)?[uú]ltimo\\s+d[ií]a\\s+${EACH_MONTH}`),
    build: (m) => (isEvery(m[0]) ? recurrence("MONTHLY", { byMonthDay: -1 }) : null),
  },
  {
    // el día 1 de cada mes, el primero de cada mes, cada mes el día 15, todos los días 5
    re: wordRe(
      `(?:el\\s+)?(?:d[ií]a\\s+)?(?<d>\\d{1,2}|primero|${CARD})\\s+${EACH_MONTH}|(?:cada\\s+mes|todos\\s+los\\s+meses|mensualmente)\\s+el\\s+(?:d[ií]a\\s+)?(?<d2>\\d{1,2}|primero|${CARD})|todos\\s+los\\s+d[ií]as\\s+(?<d3>\\d{1,2})`,
    ),
    build(m) {
      const g = m.groups ?? {};
      const raw = g.d ?? g.d2 ?? g.d3 ?? "";
      const day = raw === "primero" ? 1 : readNumber("es", raw);
      if (day === null || day < 1 || day > 31 || (!isEvery(m[0]) && !/mensual/u.test(m[0]))) return null;
      return recurrence("MONTHLY", { byMonthDay: day });
    },
  },
  {
    re: wordRe(
      `cada\\s+(?:dos|otro|2)\\s+(?<wd>${WD})|(?:un|una)\\s+(?<wd2>${WD})\\s+s[ií]\\s+y\\s+otro\\s+no`,
    ),
    build: (m) =>
      recurrence("WEEKLY", { interval: 2, byDay: weekdayList(m.groups?.wd ?? m.groups?.wd2 ?? "") }),
  },
  {
    re: wordRe(
      `cada\\s+(?<n>${CARD}|\\d+|otro|otra)\\s+(?<unit>d[ií]as?|semanas?|mes|meses|años?)|d[ií]a\\s+(?:por\\s+medio|sí\\s+y\\s+d[ií]a\\s+no|de\\s+por\\s+medio)`,
    ),
    build(m) {
      const g = m.groups ?? {};
      if (!g.unit) return recurrence("DAILY", { interval: 2 });
      const n = g.n === "otro" || g.n === "otra" ? 2 : readNumber("es", g.n ?? "");
      return n && n > 0 ? recurrence(freqOf(g.unit), { interval: n }) : null;
    },
  },
  {
    re: wordRe(
      "(?:todos\\s+los\\s+|cada\\s+)?d[ií]as?\\s+(?:laborables|h[aá]biles|de\\s+semana)|entre\\s+semana|de\\s+lunes\\s+a\\s+viernes",
    ),
    build: () => recurrence("WEEKLY", { byDay: WORKDAYS }),
  },
  {
    re: wordRe("(?:todos\\s+los|los|cada)\\s+fin(?:es)?\\s+de\\s+semana"),
    build: () => recurrence("WEEKLY", { byDay: WEEKEND_DAYS }),
  },
  {
    // todos los lunes, cada martes y viernes, los lunes y jueves
    re: wordRe(`(?:todos\\s+los|cada|los)\\s+(?<wds>${WD}(?:\\s*(?:,|y|e)?\\s*(?:los\\s+)?${WD})*)`),
    build(m) {
      const days = weekdayList(m.groups?.wds ?? "");
      return days.length > 0 ? recurrence("WEEKLY", { byDay: days }) : null;
    },
  },
  {
    re: wordRe(
      "todos\\s+los\\s+d[ií]as|cada\\s+d[ií]a|diariamente|a\\s+diario|(?:todas\\s+las|cada)\\s+(?<part>mañanas?|tardes?|noches?)",
    ),
    build(m) {
      const part = (m.groups?.part ?? "").replace(/s$/, "");
      if (part === "mañana") return recurrence("DAILY", { dayPart: "morning" });
      if (part === "tarde") return recurrence("DAILY", { dayPart: "afternoon" });
      if (part === "noche") return recurrence("DAILY", { dayPart: "night" });
      return recurrence("DAILY");
    },
  },
  {
    re: wordRe(
      "todas\\s+las\\s+semanas|cada\\s+semana|semanalmente|todos\\s+los\\s+meses|cada\\s+mes|mensualmente|todos\\s+los\\s+años|cada\\s+año|anualmente|una\\s+vez\\s+al\\s+(?:año|mes)|una\\s+vez\\s+a\\s+la\\s+semana",
    ),
    build(m) {
      const s = m[0];
      if (/semana/u.test(s)) return recurrence("WEEKLY");
      if (/mes/u.test(s)) return recurrence("MONTHLY");
      return recurrence("YEARLY");
    },
  },
];
