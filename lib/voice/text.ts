// Text plumbing shared by every rule: a Segment is a piece of the utterance whose
// lower-cased working copy keeps the original's character offsets, so that rules can
// "consume" what they recognise (blanking it out) while spans still point at the
// user's own words and the title is rebuilt from the original casing.
import type { Span, SpanKind } from "./types";

/** Stands in for every letter inside quotes, so no rule can match quoted words. */
export const QUOTED_CHAR = "\uE000";

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "“": "”", "„": "“", "«": "»" };
const KEPT_PUNCTUATION = new Set(["'", ":", ".", ",", "#", "/", "-"]);
const APOSTROPHES = new Set(["’", "`", "´", "‘"]);

/** Lower-cases and simplifies punctuation without changing the string's length. */
export function toWorkingText(original: string): string {
  const out: string[] = [];
  let closing: string | null = null;
  for (const ch of original) {
    if (ch.length !== 1) {
      // astral characters (emoji) keep two code units: blank both
      out.push(" ".repeat(ch.length));
      continue;
    }
    if (closing !== null) {
      if (ch === closing) {
        closing = null;
        out.push(" ");
      } else out.push(/\s/u.test(ch) ? " " : QUOTED_CHAR);
      continue;
    }
    const close = QUOTE_PAIRS[ch];
    if (close !== undefined) {
      closing = close;
      out.push(" ");
      continue;
    }
    if (APOSTROPHES.has(ch)) {
      out.push("'");
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(ch)) {
      const lower = ch.toLowerCase();
      out.push(lower.length === 1 ? lower : ch);
      continue;
    }
    out.push(KEPT_PUNCTUATION.has(ch) ? ch : " ");
  }
  return out.join("");
}

// JavaScript's \b only knows ASCII; these work for "übermorgen" and "mañana" too.
const START = "(?<![\\p{L}\\p{N}'])";
const END = "(?![\\p{L}\\p{N}]|'\\p{L})";

/** Compiles a pattern that must start and end on word boundaries (global, unicode). */
export function wordRe(source: string): RegExp {
  return new RegExp(`${START}(?:${source})${END}`, "gu");
}

/** Compiles a pattern that must match the whole (trimmed) segment. */
export function wholeRe(source: string): RegExp {
  return new RegExp(`^\\s*(?:${source})[\\s.,]*$`, "u");
}

/** Alternation of literal words, longest first so that "twenty one" wins over "twenty". */
export function alt(words: Iterable<string>): string {
  const body = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
  return `(?:${body})`;
}

export class Segment {
  readonly spans: Span[] = [];
  private working: string;

  constructor(
    readonly original: string,
    working: string,
    readonly offset = 0,
  ) {
    this.working = working;
  }

  static from(original: string): Segment {
    const nfc = original.normalize("NFC");
    return new Segment(nfc, toWorkingText(nfc));
  }

  get text(): string {
    return this.working;
  }

  /** A sub-segment with its own spans; offsets stay relative to the whole utterance. */
  slice(start: number, end: number): Segment {
    return new Segment(this.original.slice(start, end), this.working.slice(start, end), this.offset + start);
  }

  /** Blanks [start, end) out of the working text, recording a span when kind is given. */
  consume(start: number, end: number, kind?: SpanKind): void {
    if (end <= start) return;
    if (kind) {
      const raw = this.original.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) {
        const s = this.offset + start + lead;
        this.spans.push({ kind, text, start: s, end: s + text.length });
      }
    }
    this.working = this.working.slice(0, start) + " ".repeat(end - start) + this.working.slice(end);
  }

  /** Runs a global regex once from the start, consuming the first match. */
  take(re: RegExp, kind?: SpanKind): RegExpExecArray | null {
    re.lastIndex = 0;
    const m = re.exec(this.working);
    if (m) this.consume(m.index, m.index + m[0].length, kind);
    return m;
  }

  /** Consumes every match of a global regex. */
  takeAll(re: RegExp, kind?: SpanKind): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    for (let m = this.take(re, kind); m; m = this.take(re, kind)) found.push(m);
    return found;
  }

  test(re: RegExp): boolean {
    re.lastIndex = 0;
    return re.test(this.working);
  }

  /** The working text with runs of blanks collapsed (for whole-segment patterns). */
  squeezed(): string {
    return this.working.replace(/\s+/g, " ").trim();
  }

  /** What is left of the user's own words after consumption, in original casing. */
  remainder(): string {
    let out = "";
    for (let i = 0; i < this.working.length; i++) {
      const w = this.working[i];
      out += w === " " ? " " : (this.original[i] ?? "");
    }
    return cleanPhrase(out);
  }
}

/** Collapses spaces and trims punctuation left dangling by consumed words. */
export function cleanPhrase(s: string): string {
  return s
    .replace(/\s+([,.:])/g, "$1")
    .replace(/([,:])(?=[,:.\s]*$)/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[\s,.:;/#-]+|[\s,:;/#-]+$/gu, "")
    .replace(/(?<!\p{L}\.\p{L}|\b\p{L})\.+$/u, "")
    .trim();
}

/** Removes diacritics and apostrophes: "natación" -> "natacion", "leo's" -> "leos". */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/['’]/g, "").normalize("NFC");
}
