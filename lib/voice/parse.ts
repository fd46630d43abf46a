// Entry point: utterance -> commands. Pure and synchronous, so the browser and the
// parse-commands script share it. An utterance is split into clauses ("add milk and
// also remind me to call mom"); each clause is matched against the intent patterns of
// its language in a fixed order, and a bare task phrase falls back to create.

import { buildAssign } from "./assign";
import { parseLocalIso } from "./calendar";
import { groupRange, type ParseContext } from "./context";
import { buildCreates } from "./create";
import type { Locale } from "./locale";
import { de } from "./locales/de";
import { en } from "./locales/en";
import { es } from "./locales/es";
import { buildQuery, buildRename, buildTargeted, buildUpdate } from "./targeted";
import { Segment } from "./text";
import type { Lang, ParseInput, ParseResult, TargetedFields, VoiceCommand } from "./types";

const LOCALES: Record<Lang, Locale> = { en, es, de };

export function localeFor(lang: string): Locale {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? "en";
  return primary === "es" || primary === "de" ? LOCALES[primary] : LOCALES.en;
}

export function parseUtterance(input: ParseInput): ParseResult {
  const locale = localeFor(input.lang);
  const ctx: ParseContext = {
    locale,
    now: parseLocalIso(input.now),
    monthFirst: /^en-us$/i.test(input.lang) || /^en$/i.test(input.lang),
    lists: input.lists ?? [],
    todos: input.todos ?? [],
  };
  const seg = Segment.from(input.text ?? "");
  seg.takeAll(locale.fillers, "filler");
  const commands: VoiceCommand[] = [];
  for (const clause of splitClauses(seg, locale)) {
    while (clause.take(locale.leadingFillers, "filler")?.[0].trim());
    if (clause.squeezed() === "") continue;
    const previous = lastTargeted(commands);
    for (const cmd of parseClause(clause, ctx, previous)) {
      const prev = commands[commands.length - 1];
      // "make the gym urgent and move it to friday": one update with both changes.
      if (
        cmd.intent === "update" &&
        prev?.intent === "update" &&
        prev.target === cmd.target &&
        isPronounTarget(cmd, previous)
      ) {
        prev.changes = { ...prev.changes, ...cmd.changes };
        continue;
      }
      commands.push(cmd);
    }
  }
  return { commands };
}

function isPronounTarget(cmd: TargetedFields, previous: TargetedFields | null): boolean {
  return previous !== null && cmd.targetText === previous.targetText;
}

function lastTargeted(commands: VoiceCommand[]): TargetedFields | null {
  for (let i = commands.length - 1; i >= 0; i--) {
    const c = commands[i];
    if (c && "target" in c) return c;
  }
  return null;
}

/** Cuts the utterance at command boundaries ("and also", ", add"). */
function splitClauses(seg: Segment, locale: Locale): Segment[] {
  const re = locale.clauseSplit;
  re.lastIndex = 0;
  const out: Segment[] = [];
  let start = 0;
  for (let m = re.exec(seg.text); m; m = re.exec(seg.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      if (m.index === start) continue;
    }
    if (m.index > start) out.push(seg.slice(start, m.index));
    start = m.index + m[0].length;
  }
  out.push(seg.slice(start, seg.text.length));
  return out;
}

function firstMatch(res: readonly RegExp[], text: string): RegExpExecArray | null {
  for (const re of res) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

function parseClause(clause: Segment, ctx: ParseContext, previous: TargetedFields | null): VoiceCommand[] {
  const { locale } = ctx;
  const text = clause.text;
  if (firstMatch(locale.undo, text)) return [{ intent: "undo", confidence: 0.95 }];
  if (firstMatch(locale.clearCompleted, text)) {
    const probe = Segment.from(clause.squeezed());
    const list = buildQuery(probe, ctx).filter.list;
    return [{ intent: "clear_completed", list, confidence: 0.9 }];
  }
  if (firstMatch(locale.query.patterns, text)) return [buildQuery(clause, ctx)];

  const create = firstMatch(locale.create, text);
  if (create) {
    const rest = groupRange(create, "rest");
    if (rest) {
      const commandSpans = [];
      const before = clause.original.slice(0, rest[0]).trim();
      if (before)
        commandSpans.push({
          kind: "command" as const,
          text: before,
          start: clause.offset,
          end: clause.offset + rest[0],
        });
      return buildCreates(clause.slice(rest[0], rest[1]), ctx, {
        explicit: true,
        commandSpans,
        ...(create.groups?.pri ? { priorityWord: create.groups.pri } : {}),
      });
    }
  }
  const assign = buildAssign(clause, ctx, previous);
  if (assign) return [assign];
  for (const intent of ["uncomplete", "complete", "delete"] as const) {
    const m = firstMatch(locale[intent], text);
    if (m) return [buildTargeted(intent, clause, m, ctx, previous)];
  }
  for (const pattern of locale.rename) {
    pattern.re.lastIndex = 0;
    const m = pattern.re.exec(text);
    if (m && pattern.renameSeparators) {
      const cmd = buildRename(clause, m, pattern.renameSeparators, ctx, previous);
      if (cmd) return [cmd];
    }
  }
  for (const re of locale.update) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const cmd = buildUpdate(clause, m, ctx, previous);
    if (cmd) return [cmd];
  }
  if (firstMatch(locale.unknown, text)) return [{ intent: "unknown", confidence: 0.6 }];
  return buildCreates(clause, ctx, { explicit: false, commandSpans: [] });
}
