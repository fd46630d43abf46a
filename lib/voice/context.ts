// Per-utterance context shared by the command builders.
import type { LocalDateTime } from "./calendar";
import type { Locale } from "./locale";
import type { TodoRef } from "./types";

export interface ParseContext {
  locale: Locale;
  now: LocalDateTime;
  /** en-US writes 3/12 for March 12. */
  monthFirst: boolean;
  lists: readonly string[];
  todos: readonly TodoRef[];
}

/** Group start/end of a `d`-flag match, or null when the group did not take part. */
export function groupRange(m: RegExpExecArray, name: string): [number, number] | null {
  const r = m.indices?.groups?.[name];
  return r ? [r[0], r[1]] : null;
}

/** Trims framing words ("the", "to", "from") off both ends of a target phrase. */
export function cleanTarget(text: string, locale: Locale): string {
  let out = text.toLowerCase().trim();
  // The trailing space lets a lone framing word ("to") match the leading alternative.
  for (let i = 0; i < 3; i++) out = `${out} `.replace(locale.danglingWords, "").trim();
  return out;
}

/** Trims only trailing framing words off a created title (leading articles are the user's words). */
export function cleanTitle(text: string, locale: Locale): string {
  let out = text.trim();
  for (let i = 0; i < 3; i++) {
    out = out
      .replace(locale.titleIntro, "")
      .replace(locale.danglingWords, (m, offset: number) => (offset === 0 ? m : ""))
      .trim();
    out = out.replace(/^[,.:;\s-]+|[,.:;\s-]+$/gu, "");
  }
  if (locale.lang === "de") out = out.replace(/\s+zu\s+(?=\p{L}+$)/u, " ");
  if (locale.lang === "en") out = out.replace(/^to\s+/u, "");
  return out.trim();
}
