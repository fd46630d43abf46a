// Commands about an existing todo (complete, uncomplete, delete, update) and queries.

import { extractDates } from "./chrono-dates";
import { cleanTarget, groupRange, type ParseContext } from "./context";
import { resolveDue } from "./dates";
import { bestMatchScore, matchTarget } from "./match-target";
import { extractList, extractPriority, matchListName } from "./modifiers";
import { fold, Segment, wordRe } from "./text";
import type { QueryCommand, TargetedFields, TodoChanges, VoiceCommand } from "./types";

type TargetIntent = "complete" | "uncomplete" | "delete" | "update";

/** Resolves spoken target words to a todo; a pronoun ("it") reuses the previous target. */
export function resolveTarget(
  spoken: string,
  intent: TargetIntent,
  ctx: ParseContext,
  previous: TargetedFields | null,
): TargetedFields & { score: number } {
  const text = cleanTarget(spoken, ctx.locale);
  if ((text === "" || ctx.locale.pronoun.test(text)) && previous)
    return { target: previous.target, targetText: previous.targetText, score: previous.target ? 1 : 0 };
  const match = matchTarget(text, ctx.todos, intent, ctx.locale.stopwords);
  return {
    target: match.target,
    targetText: text,
    score: match.score,
    ...(match.candidates.length > 1 ? { candidates: match.candidates } : {}),
  };
}

export function buildTargeted(
  intent: "complete" | "uncomplete" | "delete",
  clause: Segment,
  m: RegExpExecArray,
  ctx: ParseContext,
  previous: TargetedFields | null,
): VoiceCommand {
  const range = groupRange(m, "target");
  const sub = range ? clause.slice(range[0], range[1]) : clause.slice(0, 0);
  extractList(sub, ctx.locale, ctx.lists);
  const { score, ...fields } = resolveTarget(sub.remainder(), intent, ctx, previous);
  return { intent, ...fields, confidence: fields.target ? 0.5 + 0.45 * score : 0.4 };
}

/** Takes the changes (due, priority, list) out of a segment; empty when none was said. */
function extractChanges(seg: Segment, ctx: ParseContext): TodoChanges {
  const changes: TodoChanges = {};
  const priority = extractPriority(seg, ctx.locale);
  if (priority) changes.priority = priority;
  const facts = extractDates(seg, ctx);
  const due = resolveDue(facts, ctx.now);
  if (due) changes.due = due;
  const list = extractList(seg, ctx.locale, ctx.lists, { bareNames: true });
  if (list) changes.list = list.name;
  return changes;
}

const UPDATE_PREPOSITIONS: Record<string, RegExp> = {
  en: wordRe("to|until|till|for|on|by|into|onto|as"),
  es: wordRe("a|al|para|hasta|como|en"),
  de: wordRe("auf|zum|zur|nach|bis|in|am|als"),
};

/**
 * "postpone the report to friday": the change is the tail after a preposition, so
 * words inside the todo's name ("the monday meeting") are not read as the new date.
 */
export function buildUpdate(
  clause: Segment,
  m: RegExpExecArray,
  ctx: ParseContext,
  previous: TargetedFields | null,
): VoiceCommand | null {
  const rest = groupRange(m, "rest");
  const target = groupRange(m, "target");
  const change = groupRange(m, "change");
  let targetSeg: Segment;
  let changes: TodoChanges = {};
  if (target && change) {
    targetSeg = clause.slice(target[0], target[1]);
    changes = extractChanges(clause.slice(change[0], change[1]), ctx);
  } else if (rest) {
    const whole = clause.slice(rest[0], rest[1]);
    targetSeg = whole;
    const preps = UPDATE_PREPOSITIONS[ctx.locale.lang] ?? UPDATE_PREPOSITIONS.en;
    const cuts: number[] = [];
    if (preps) {
      preps.lastIndex = 0;
      for (let p = preps.exec(whole.text); p; p = preps.exec(whole.text)) cuts.push(p.index);
    }
    for (const cut of cuts.reverse()) {
      const tail = whole.slice(cut, whole.text.length);
      const found = extractChanges(tail, ctx);
      if (Object.keys(found).length > 0 && cleanTarget(tail.remainder(), ctx.locale) === "") {
        changes = found;
        targetSeg = whole.slice(0, cut);
        break;
      }
    }
    if (Object.keys(changes).length === 0) {
      targetSeg = clause.slice(rest[0], rest[1]);
      changes = extractChanges(targetSeg, ctx);
    }
  } else return null;
  if (Object.keys(changes).length === 0) return null;
  const { score, ...fields } = resolveTarget(targetSeg.remainder(), "update", ctx, previous);
  return { intent: "update", ...fields, changes, confidence: fields.target ? 0.5 + 0.4 * score : 0.4 };
}

/** "rename A to B": tries every separator and keeps the split whose A best names a todo. */
export function buildRename(
  clause: Segment,
  m: RegExpExecArray,
  separators: RegExp,
  ctx: ParseContext,
  previous: TargetedFields | null,
): VoiceCommand | null {
  const rest = groupRange(m, "rest");
  if (!rest) return null;
  const seg = clause.slice(rest[0], rest[1]);
  let best: { score: number; cut: [number, number] } | null = null;
  separators.lastIndex = 0;
  for (let s = separators.exec(seg.text); s; s = separators.exec(seg.text)) {
    const score = bestMatchScore(seg.text.slice(0, s.index), ctx.todos, ctx.locale.stopwords);
    if (!best || score > best.score + 1e-9) best = { score, cut: [s.index, s.index + s[0].length] };
  }
  if (!best) return null;
  const title = new Segment(seg.original.slice(best.cut[1]), seg.text.slice(best.cut[1])).remainder();
  const { score, ...fields } = resolveTarget(seg.text.slice(0, best.cut[0]), "update", ctx, previous);
  return {
    intent: "update",
    ...fields,
    changes: { title },
    confidence: fields.target ? 0.5 + 0.4 * score : 0.4,
  };
}

/** "show me my shopping list", "what's left at work": a known list name said anywhere. */
function listNamedAnywhere(text: string, lists: readonly string[]): { name: string } | null {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u);
  for (let n = 3; n > 0; n--)
    for (let i = 0; i + n <= words.length; i++) {
      const name = matchListName(words.slice(i, i + n).join(" "), lists);
      if (name) return { name };
    }
  return null;
}

export function buildQuery(clause: Segment, ctx: ParseContext): QueryCommand {
  const q = ctx.locale.query;
  const text = clause.squeezed();
  const status = q.all.test(text) ? "all" : q.completed.test(text) ? "completed" : "pending";
  const due = q.due.find((d) => d.re.test(text))?.value ?? null;
  const probe = Segment.from(text);
  const priority =
    extractPriority(probe, ctx.locale) ?? q.priority.find((p) => p.re.test(text))?.value ?? null;
  const list =
    extractList(probe, ctx.locale, ctx.lists, { bareNames: true }) ?? listNamedAnywhere(text, ctx.lists);
  return {
    intent: "query",
    filter: { status, due, list: list?.name ?? null, priority },
    confidence: 0.85,
  };
}
