// Builds create commands: modifiers are taken out of the clause first (so a date or a
// list said once applies to every item), then the rest is split into items.

import { extractDates } from "./chrono-dates";
import type { ParseContext } from "./context";
import { cleanTitle } from "./context";
import { type DateFacts, resolveDue } from "./dates";
import { extractList, extractPriority, extractTags, priorityOfWord } from "./modifiers";
import { extractRecurrence, firstOccurrence, formatRRule, mergeRecurrenceWithDate } from "./recurrence";
import type { Segment } from "./text";
import type { CreateCommand, Priority, Span } from "./types";

export interface CreateOptions {
  /** The command was explicit ("add", "remind me"): higher confidence. */
  explicit: boolean;
  /** A priority said inside the command itself ("new important task"). */
  priorityWord?: string;
  /** Spans of the command words, for the UI. */
  commandSpans: Span[];
}

export function buildCreates(body: Segment, ctx: ParseContext, opts: CreateOptions): CreateCommand[] {
  const { locale } = ctx;
  const tags = extractTags(body, locale);
  let priority: Priority | null = priorityOfWord(opts.priorityWord, locale);
  const said = extractPriority(body, locale);
  priority = said ?? priority;
  let rec = extractRecurrence(body, locale.recurrenceRules);
  const facts: DateFacts = {};
  if (rec?.dayPart) facts.dayPart = rec.dayPart;
  extractDates(body, ctx, facts);
  const list = extractList(body, locale, ctx.lists);
  let due: string | null;
  if (rec) {
    rec = mergeRecurrenceWithDate(rec, facts);
    due = firstOccurrence(rec, facts, ctx.now);
  } else due = resolveDue(facts, ctx.now);
  const recurrence = rec ? formatRRule(rec) : null;

  const items = splitItems(body, ctx, list !== null);
  const spans = [...opts.commandSpans, ...body.spans].sort((a, b) => a.start - b.start);
  return items.map((title) => ({
    intent: "create",
    title,
    due,
    priority,
    list: list?.name ?? null,
    tags,
    recurrence,
    spans,
    confidence: title ? (opts.explicit ? 0.9 : 0.65) : 0.3,
  }));
}

/** "milk and eggs" -> two titles; "salt and vinegar chips", "call mom and dad" -> one. */
function splitItems(body: Segment, ctx: ParseContext, listSaid: boolean): string[] {
  const { locale } = ctx;
  const whole = cleanTitle(body.remainder(), locale);
  const re = locale.itemSplit;
  re.lastIndex = 0;
  const parts: string[] = [];
  let start = 0;
  let commas = false;
  for (let m = re.exec(body.text); m; m = re.exec(body.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const piece = cleanTitle(body.slice(start, m.index).remainder(), locale);
    // Separators inside consumed modifiers leave empty pieces: skip them.
    if (piece) {
      parts.push(piece);
      if (m[0].includes(",")) commas = true;
    }
    start = m.index + m[0].length;
  }
  const last = cleanTitle(body.slice(start, body.text.length).remainder(), locale);
  if (last) parts.push(last);
  return shouldSplit(parts, listSaid, commas, ctx) ? parts : [whole];
}

function shouldSplit(parts: string[], listSaid: boolean, commas: boolean, ctx: ParseContext): boolean {
  if (parts.length < 2) return false;
  const words = parts.map((p) => p.split(/\s+/u).length);
  if (words.some((w) => w > 5)) return false;
  const verbs = parts.map((p) => ctx.locale.verbPhrase.test(p.toLowerCase()));
  if (verbs.every(Boolean)) return true;
  if (verbs[0] && !verbs.slice(1).some(Boolean)) return false;
  const first = words[0] ?? 0;
  const lastWords = words[words.length - 1] ?? 0;
  if (!commas && first === 1 && lastWords >= 2) return false;
  return listSaid || words.every((w) => w === first);
}
