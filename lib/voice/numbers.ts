// Spoken numbers and ordinals in English, Spanish and German, as regex sources and
// a reader that turns a matched phrase back into its value.
import { alt } from "./text";
import type { Lang } from "./types";

const EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const EN_ORD_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const EN_ORD_TEENS = [
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
];
const EN_ORD_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30 };

const ES_BASE: Record<string, number> = {
  cero: 0,
  un: 1,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
  trece: 13,
  catorce: 14,
  quince: 15,
  dieciséis: 16,
  dieciseis: 16,
  diecisiete: 17,
  dieciocho: 18,
  diecinueve: 19,
  veinte: 20,
  veintiuno: 21,
  veintiún: 21,
  veintiuna: 21,
  veintidós: 22,
  veintidos: 22,
  veintitrés: 23,
  veintitres: 23,
  veinticuatro: 24,
  veinticinco: 25,
  veintiséis: 26,
  veintiseis: 26,
  veintisiete: 27,
  veintiocho: 28,
  veintinueve: 29,
  treinta: 30,
  "treinta y uno": 31,
  "treinta y una": 31,
  cuarenta: 40,
  "cuarenta y cinco": 45,
  cincuenta: 50,
};
const ES_ORD: Record<string, number> = {
  primero: 1,
  primer: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercero: 3,
  tercer: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
  sexto: 6,
  séptimo: 7,
  octavo: 8,
  noveno: 9,
  décimo: 10,
};

const DE_UNITS: Record<string, number> = {
  ein: 1,
  eins: 1,
  eine: 1,
  einer: 1,
  einem: 1,
  einen: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
};
const DE_TEENS: Record<string, number> = {
  null: 0,
  zehn: 10,
  elf: 11,
  zwölf: 12,
  dreizehn: 13,
  vierzehn: 14,
  fünfzehn: 15,
  sechzehn: 16,
  siebzehn: 17,
  achtzehn: 18,
  neunzehn: 19,
  zwanzig: 20,
  dreißig: 30,
  vierzig: 40,
  fünfzig: 50,
};
const DE_ORD_STEM: Record<string, number> = {
  erst: 1,
  zweit: 2,
  dritt: 3,
  viert: 4,
  fünft: 5,
  sechst: 6,
  siebt: 7,
  siebent: 7,
  acht: 8,
  neunt: 9,
  zehnt: 10,
  elft: 11,
  zwölft: 12,
};

function buildCardinals(lang: Lang): Map<string, number> {
  const m = new Map<string, number>();
  if (lang === "en") {
    EN_UNITS.forEach((w, i) => {
      m.set(w, i + 1);
    });
    EN_TEENS.forEach((w, i) => {
      m.set(w, i + 10);
    });
    m.set("zero", 0);
    for (const [t, v] of Object.entries(EN_TENS)) {
      m.set(t, v);
      EN_UNITS.forEach((u, i) => {
        m.set(`${t} ${u}`, v + i + 1);
        m.set(`${t}-${u}`, v + i + 1);
      });
    }
  } else if (lang === "es") {
    for (const [w, v] of Object.entries(ES_BASE)) m.set(w, v);
    for (const [t, v] of [
      ["cuarenta", 40],
      ["cincuenta", 50],
    ] as const)
      for (const [u, uv] of Object.entries(ES_BASE)) if (uv > 0 && uv < 10) m.set(`${t} y ${u}`, v + uv);
  } else {
    for (const [w, v] of Object.entries(DE_UNITS)) m.set(w, v);
    for (const [w, v] of Object.entries(DE_TEENS)) m.set(w, v);
    for (const [t, v] of [
      ["zwanzig", 20],
      ["dreißig", 30],
      ["vierzig", 40],
      ["fünfzig", 50],
    ] as const)
      for (const [u, uv] of Object.entries(DE_UNITS))
        if (u === "ein" || (u !== "eins" && !u.startsWith("eine"))) m.set(`${u}und${t}`, v + uv);
  }
  return m;
}

function buildOrdinals(lang: Lang): Map<string, number> {
  const m = new Map<string, number>();
  if (lang === "en") {
    EN_ORD_UNITS.forEach((w, i) => {
      m.set(w, i + 1);
    });
    EN_ORD_TEENS.forEach((w, i) => {
      m.set(w, i + 10);
    });
    for (const [t, v] of Object.entries(EN_ORD_TENS)) m.set(t, v);
    EN_ORD_UNITS.forEach((u, i) => {
      m.set(`twenty ${u}`, 21 + i);
      m.set(`twenty-${u}`, 21 + i);
    });
    m.set("thirty first", 31);
    m.set("thirty-first", 31);
    m.set("last", -1);
  } else if (lang === "es") {
    for (const [w, v] of Object.entries(ES_ORD)) m.set(w, v);
  } else {
    const stems = new Map<string, number>(Object.entries(DE_ORD_STEM));
    for (const [w, v] of Object.entries(DE_TEENS)) if (v > 12) stems.set(v < 20 ? `${w}t` : `${w}st`, v);
    for (const [t, v] of [
      ["zwanzig", 20],
      ["dreißig", 30],
    ] as const)
      for (const [u, uv] of Object.entries(DE_UNITS))
        if (u === "ein" || (u !== "eins" && !u.startsWith("eine"))) stems.set(`${u}und${t}st`, v + uv);
    for (const [stem, v] of stems) for (const end of ["e", "en", "er", "es", "em"]) m.set(stem + end, v);
    for (const end of ["e", "en", "er", "es", "em"]) m.set(`letzt${end}`, -1);
  }
  return m;
}

const CARDINALS: Record<Lang, Map<string, number>> = {
  en: buildCardinals("en"),
  es: buildCardinals("es"),
  de: buildCardinals("de"),
};
const ORDINALS: Record<Lang, Map<string, number>> = {
  en: buildOrdinals("en"),
  es: buildOrdinals("es"),
  de: buildOrdinals("de"),
};

/** Regex source for a cardinal: digits or a number word. */
export const cardinalSource = (lang: Lang): string => `\\d{1,2}|${alt(CARDINALS[lang].keys())}`;

/** Regex source for an ordinal day: "3rd", "3.", "third", "dritten", or digits where the language uses them. */
export function ordinalSource(lang: Lang): string {
  const words = alt([...ORDINALS[lang].keys()].filter((w) => !/^(last|letzt)/.test(w)));
  if (lang === "en") return `\\d{1,2}(?:st|nd|rd|th)|${words}`;
  if (lang === "de") return `\\d{1,2}\\.|\\d{1,2}(?:te[nrsm]?|ste[nrsm]?)|${words}`;
  return `\\d{1,2}(?:º|°|o)?|${words}`;
}

/** Value of a cardinal or ordinal phrase; null when it is neither. */
export function readNumber(lang: Lang, phrase: string): number | null {
  const p = phrase.trim().replace(/\s+/g, " ");
  const digits = /^(\d{1,4})(?:st|nd|rd|th|\.|º|°|o|te[nrsm]?|ste[nrsm]?)?$/u.exec(p);
  if (digits?.[1]) return Number(digits[1]);
  return CARDINALS[lang].get(p) ?? ORDINALS[lang].get(p) ?? null;
}
