// Word tables that decide when chrono-node is asked at all and which of its readings
// are trusted. Precompiled once: the check runs on every clause without a date.
import { casual as deCasual } from "chrono-node/de";
import { casual as enCasual, GB as enDayFirst } from "chrono-node/en";
import { casual as esCasual } from "chrono-node/es";
import { DE_MONTHS, DE_WEEKDAYS } from "./locales/de-dates";
import { EN_MONTHS, EN_WEEKDAYS } from "./locales/en-dates";
import { ES_MONTHS, ES_WEEKDAYS } from "./locales/es-dates";
import { cardinalSource } from "./numbers";
import { alt } from "./text";
import type { Lang } from "./types";

type Chrono = typeof enCasual;

export interface ChronoLexicon {
  parser: Chrono;
  /** en outside the US writes 3/12 for 3 December. */
  dayFirstParser?: Chrono;
  /** A token chrono could turn into a date: without one, chrono is not called. */
  dateish: RegExp;
  /** A result must contain one of these to be a date rather than a number in a title. */
  anchor: RegExp;
  /** "a week", "3 days" alone: a quantity ("plan a week of meals"), unless joined to a date. */
  durationOnly: RegExp;
  /** "a week [from] friday": joins a duration to the date after it. */
  joiner: RegExp;
  /** A month name alone needs one of these right before it ("in december", not "march in"). */
  monthIntro: RegExp;
  /** Words before a month that pick its end, middle or start ("end of march"). */
  monthPart: { re: RegExp; day: "last" | 15 | 1 }[];
  monthNames: Record<string, number>;
  /** Words said before a weekday that make it the next calendar week's. */
  nextWord: RegExp;
}

// Letters-only boundaries (JavaScript's \b is ASCII-only).
const L = "(?<![\\p{L}\\p{N}])";
const R = "(?![\\p{L}])";
const NUMERIC_DATE = "\\d{1,4}[/.\\-]\\d{1,2}";

function lexicon(
  lang: Lang,
  parser: Chrono,
  months: Record<string, number>,
  weekdays: Record<string, number>,
  words: string[],
  rest: Pick<ChronoLexicon, "joiner" | "monthIntro" | "monthPart" | "nextWord" | "dayFirstParser"> & {
    units: string;
  },
): ChronoLexicon {
  const names = alt([...Object.keys(months), ...Object.keys(weekdays), ...words]);
  // German compounds ("Wochenende", "Monatsende") carry the unit inside a longer word.
  const unitEnd = lang === "de" ? "" : R;
  return {
    parser,
    ...(rest.dayFirstParser ? { dayFirstParser: rest.dayFirstParser } : {}),
    dateish: new RegExp(`\\d|${L}${names}${unitEnd}`, "u"),
    anchor: new RegExp(`${NUMERIC_DATE}|${L}${names}${unitEnd}`, "u"),
    durationOnly: new RegExp(`^(?:(?:${cardinalSource(lang)}|\\d+)\\s+)?(?:${rest.units})$`, "u"),
    joiner: rest.joiner,
    monthIntro: rest.monthIntro,
    monthPart: rest.monthPart,
    monthNames: months,
    nextWord: rest.nextWord,
  };
}

export const CHRONO: Record<Lang, ChronoLexicon> = {
  en: lexicon(
    "en",
    enCasual,
    EN_MONTHS,
    EN_WEEKDAYS,
    ["week", "weeks", "weekend", "month", "months", "year", "years", "fortnight", "now", "tomorrow", "today"],
    {
      dayFirstParser: enDayFirst,
      units: "an?\\s+(?:day|week|month|year|fortnight)|(?:days?|weeks?|months?|years?|fortnight)",
      joiner: /^\s+(?:from|after)\s+$/u,
      monthIntro: /(?:^|\s)(?:in|by|until|till|before|during|for|around|due)\s+$/u,
      monthPart: [
        { re: /(?:the\s+)?(?:end\s+of|late)\s+$/u, day: "last" },
        { re: /(?:the\s+)?(?:middle\s+of|mid-?)\s*$/u, day: 15 },
        { re: /(?:the\s+)?(?:beginning\s+of|start\s+of|early)\s+$/u, day: 1 },
      ],
      nextWord: /^(?:on\s+|by\s+)?next\s/u,
    },
  ),
  es: lexicon(
    "es",
    esCasual,
    ES_MONTHS,
    ES_WEEKDAYS,
    ["semana", "semanas", "mes", "meses", "año", "años", "quincena"],
    {
      units: "(?:un|una)\\s+(?:d[ií]a|semana|mes|año)|(?:d[ií]as?|semanas?|mes(?:es)?|años?)",
      joiner: /^\s+(?:despu[eé]s\s+del?|a\s+partir\s+del?)\s+$/u,
      monthIntro: /(?:^|\s)(?:en|para|hasta|antes\s+de|durante|en\s+el\s+mes\s+de)\s+$/u,
      monthPart: [
        { re: /(?:a\s+)?(?:finales|fin)\s+de\s+$/u, day: "last" },
        { re: /(?:a\s+)?mediados\s+de\s+$/u, day: 15 },
        { re: /(?:a\s+)?(?:principios|comienzos|inicios?)\s+de\s+$/u, day: 1 },
      ],
      nextWord: /pr[oó]xim[oa]|que\s+viene|siguiente/u,
    },
  ),
  de: lexicon(
    "de",
    deCasual,
    DE_MONTHS,
    DE_WEEKDAYS,
    ["woche", "wochen", "monat", "monate", "monaten", "jahr", "jahre", "jahren"],
    {
      units: "(?:eine?n?)\\s+(?:tag|woche|monat|jahr)|(?:tage?n?|wochen?|monate?n?|jahre?n?)",
      joiner: /^\s+(?:nach|ab|von)\s+$/u,
      monthIntro: /(?:^|\s)(?:im|bis|ab|vor|für|in|ende|anfang|mitte|bis\s+ende)\s+$/u,
      monthPart: [
        { re: /(?:bis\s+)?ende\s+$/u, day: "last" },
        { re: /mitte\s+$/u, day: 15 },
        { re: /anfang\s+$/u, day: 1 },
      ],
      nextWord: /nächste|naechste|kommende/u,
    },
  ),
};
