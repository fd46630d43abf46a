// Spanish date and time grammar. "mañana" is tomorrow except in "por/de/en la mañana"
// and "esta mañana" (the morning), so the part-of-day rules run before it.
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
import { cardinalSource, readNumber } from "../numbers";
import { alt, wordRe } from "../text";

export const ES_WEEKDAYS: Record<string, number> = {
  lunes: 0,
  martes: 1,
  miércoles: 2,
  miercoles: 2,
  jueves: 3,
  viernes: 4,
  sábado: 5,
  sabado: 5,
  domingo: 6,
};
export const ES_MONTHS: Record<string, number> = {
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};

const WD = alt(Object.keys(ES_WEEKDAYS));
const MONTH = alt(Object.keys(ES_MONTHS));
const CARD = cardinalSource("es");
const DAY = `\\d{1,2}|primero|${CARD}`;
const MER = "a\\.?\\s?m\\.?|p\\.?\\s?m\\.?";
const NEXT = "que\\s+viene|pr[oó]xim[oa]|siguiente";
const PREP = "(?:para|hasta|antes\\s+del?|desde|a|al|el|este|esta|del)";

const num = (s: string | undefined): number =>
  s === undefined ? Number.NaN : s === "primero" ? 1 : (readNumber("es", s) ?? Number.NaN);
const amount = (s: string | undefined): number => (s === undefined || /^un[oa]?$/.test(s) ? 1 : num(s));

const PARTS: Record<string, DayPart> = {
  mañana: "morning",
  tarde: "afternoon",
  noche: "night",
  madrugada: "morning",
};

export const ES_DATE_RULES: DateRule[] = [
  {
    // en dos horas, dentro de 3 días, en media hora, en una hora y media
    re: wordRe(
      `(?:en|dentro\\s+de)\\s+(?:(?<n>${CARD}|un|una|unos|unas)\\s+)?(?<half>media\\s+)?(?<unit>minutos?|mins?|horas?|d[ií]as?|semanas?|mes|meses|años?)(?<andHalf>\\s+y\\s+media)?`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const unit = g.unit ?? "";
      let n = g.half ? 0.5 : amount(g.n);
      if (g.andHalf) n += 0.5;
      if (!Number.isFinite(n) || n <= 0) return false;
      if (unit.startsWith("min")) return setOffsetMinutes(facts, n);
      if (unit.startsWith("hora")) return setOffsetMinutes(facts, n * 60);
      if (unit.startsWith("d")) return setDate(facts, relativeDays(ctx.now, n));
      if (unit.startsWith("semana")) return setDate(facts, relativeDays(ctx.now, n * 7));
      if (unit.startsWith("mes")) return setDate(facts, relativeMonths(ctx.now, n));
      return setDate(facts, relativeMonths(ctx.now, n * 12));
    },
  },
  {
    re: wordRe("(?:para\\s+)?pasado\\s+mañana"),
    kind: "date",
    apply: (_m, facts, ctx) => setDate(facts, relativeDays(ctx.now, 2)),
  },
  {
    // esta noche, esta tarde, esta mañana: today plus the part of the day
    re: wordRe("est[ae]\\s+(?<part>mañana|tarde|noche)"),
    kind: "date",
    apply(m, facts, ctx) {
      const part = m.groups?.part ?? "";
      if (!setDate(facts, relativeDays(ctx.now, 0))) return false;
      return setDayPart(facts, part === "noche" ? "tonight" : (PARTS[part] ?? "morning"));
    },
  },
  {
    // por la mañana, de la tarde, en la noche, a la mañana: markers (and default times)
    re: wordRe("(?:por|de|en|a)\\s+la\\s+(?<part>mañana|tarde|noche|madrugada)"),
    kind: "time",
    apply: (m, facts) => setDayPart(facts, PARTS[m.groups?.part ?? ""] ?? "morning"),
  },
  {
    re: wordRe("(?:para\\s+|hasta\\s+)?(?<word>hoy|mañana)"),
    kind: "date",
    apply: (m, facts, ctx) => setDate(facts, relativeDays(ctx.now, m.groups?.word === "hoy" ? 0 : 1)),
  },
  {
    re: wordRe(
      "(?:para\\s+|hasta\\s+|antes\\s+del?\\s+)?(?:el\\s+|al\\s+|a\\s+)?(?:final|fin)\\s+de(?:l|\\s+la)?\\s+(?<what>semana|mes|d[ií]a)",
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const what = m.groups?.what ?? "";
      // "este / el próximo fin de semana" is the weekend rule's below
      if (
        /(?:est[ae]|pr[oó]xim[oa])\s*$/u.test(ctx.before) ||
        /^\s*(?:que\s+viene|pr[oó]xim|siguiente)/u.test(ctx.after)
      )
        return false;
      if (what === "semana")
        return setDate(facts, m[0].includes("final") ? endOfWeek(ctx.now) : weekend(ctx.now, false));
      if (what === "mes") return setDate(facts, endOfMonth(ctx.now));
      return setDayPart(facts, "eod");
    },
  },
  {
    // el viernes, este viernes, el próximo viernes, el viernes que viene
    re: wordRe(
      `(?:${PREP}\\s+)*(?:(?<next1>pr[oó]xim[oa])\\s+)?(?<wd>${WD})(?:\\s+(?<next2>${NEXT}|de\\s+la\\s+(?:semana\\s+que\\s+viene|pr[oó]xima\\s+semana)))?`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      // "la reunión del lunes": the weekday names a thing, not the due date
      if (/^del\s/u.test(m[0]) || /(?:^|\s)del?\s*$/u.test(ctx.before)) return false;
      const weekday = ES_WEEKDAYS[g.wd ?? ""];
      if (weekday === undefined) return false;
      return setDate(facts, { kind: "weekday", weekday, nextWeek: Boolean(g.next1 || g.next2) });
    },
  },
  {
    re: wordRe(
      `(?:${PREP}\\s+)*(?:la\\s+)?(?:semana|mes|año)\\s+(?:${NEXT})|(?:${PREP}\\s+)*(?:la\\s+)?pr[oó]xim[oa]\\s+(?:semana|mes|año|fin\\s+de\\s+semana)|(?:${PREP}\\s+)*est[ae]\\s+(?:semana|mes|fin\\s+de\\s+semana)|(?:${PREP}\\s+)*(?:el\\s+)?fin\\s+de\\s+semana(?:\\s+(?<nextWe>${NEXT}))?`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const s = m[0];
      const next = /viene|pr[oó]xim|siguiente/u.test(s);
      if (/fin\s+de\s+semana/u.test(s)) return setDate(facts, weekend(ctx.now, next));
      if (/semana/u.test(s)) return setDate(facts, next ? startOfNextWeek(ctx.now) : endOfWeek(ctx.now));
      if (/mes/u.test(s)) return setDate(facts, next ? startOfNextMonth(ctx.now) : endOfMonth(ctx.now));
      return next && setDate(facts, startOfNextYear(ctx.now));
    },
  },
  {
    // el 3 de enero, 3 de enero de 2027, el primero de mayo
    re: wordRe(
      `(?:${PREP}\\s+)*(?:d[ií]a\\s+)?(?<d>${DAY})\\s+de\\s+(?<mon>${MONTH})(?:\\s+(?:de|del)\\s+(?<y>\\d{4}))?`,
    ),
    kind: "date",
    apply(m, facts) {
      const g = m.groups ?? {};
      const month = ES_MONTHS[g.mon ?? ""];
      const day = num(g.d);
      if (!month || !(day >= 1 && day <= 31)) return false;
      return setDate(facts, { kind: "monthDay", month, day, ...(g.y ? { year: Number(g.y) } : {}) });
    },
  },
  {
    // 3/12: day first
    re: wordRe("(?:el\\s+)?(?<a>\\d{1,2})/(?<b>\\d{1,2})(?:/(?<y>\\d{2}|\\d{4}))?"),
    kind: "date",
    apply(m, facts) {
      const g = m.groups ?? {};
      const day = Number(g.a);
      const month = Number(g.b);
      if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return false;
      const year = g.y ? Number(g.y.length === 2 ? `20${g.y}` : g.y) : undefined;
      return setDate(facts, { kind: "monthDay", month, day, ...(year ? { year } : {}) });
    },
  },
  {
    // el día 10, para el 10 (a bare "el 10" only when nothing but more date words follows)
    re: wordRe(
      `(?:(?:para|hasta|antes\\s+del?|desde)\\s+)?(?:el\\s+)?d[ií]a\\s+(?<d>${DAY})|(?:(?:para|hasta)\\s+)?el\\s+(?<d2>\\d{1,2}|primero)`,
    ),
    kind: "date",
    apply(m, facts, ctx) {
      const g = m.groups ?? {};
      const day = num(g.d ?? g.d2);
      if (!(day >= 1 && day <= 31)) return false;
      if (g.d2 && !/^\s*(?:$|a\s+las?|urgente|con|por|,|y\s)/u.test(ctx.after)) return false;
      return setDate(facts, { kind: "dayOfMonth", day });
    },
  },
  {
    re: wordRe("(?:a|al|para\\s+el|antes\\s+del|hacia\\s+el)\\s+mediod[ií]a|mediod[ií]a"),
    kind: "time",
    apply: (_m, facts) => setDayPart(facts, "noon"),
  },
  {
    re: wordRe("(?:a\\s+la\\s+|a\\s+)?medianoche"),
    kind: "time",
    apply: (_m, facts) => setDayPart(facts, "midnight"),
  },
  {
    // a las 8, a la una, a las cinco y media, a las 6 menos cuarto, a las 17:00, a las 9 pm
    re: wordRe(
      `(?<prep>(?:a|sobre|hacia|antes\\s+de|para|desde|hasta)\\s+la(?:s)?\\s+)?(?<h>\\d{1,2}|${CARD})(?:[:.](?<m>\\d{2})|\\s+y\\s+(?<plus>media|cuarto|${CARD})|\\s+menos\\s+(?<minus>cuarto|${CARD}))?(?:\\s+en\\s+punto)?(?:\\s*(?<hs>horas|h|hs)(?![\\p{L}]))?(?:\\s*(?<mer>${MER}))?`,
    ),
    kind: "time",
    apply(m, facts) {
      const g = m.groups ?? {};
      if (!g.prep && !g.m && !g.mer && !g.hs) return false;
      const h = num(g.h);
      if (!(h >= 0 && h <= 24)) return false;
      const meridiem = g.mer ? (g.mer.startsWith("a") ? "am" : "pm") : undefined;
      if (g.m) return setTime(facts, h, Number(g.m), meridiem);
      if (g.plus)
        return setTime(facts, h, g.plus === "media" ? 30 : g.plus === "cuarto" ? 15 : num(g.plus), meridiem);
      if (g.minus) {
        const back = g.minus === "cuarto" ? 15 : num(g.minus);
        return setTime(facts, h <= 1 ? 12 : h - 1, 60 - back, meridiem);
      }
      return setTime(facts, h, 0, meridiem);
    },
  },
];

function setOffsetMinutes(facts: { offsetMinutes?: number }, minutes: number): boolean {
  if (facts.offsetMinutes !== undefined) return false;
  facts.offsetMinutes = Math.round(minutes);
  return true;
}
