// "assign the napkins to Sam", "asigna las servilletas a Sam", "weise die
// Servietten Sam zu": a todo and a person's spoken name. Not part of the
// shared SPEC (which has no assign intent): the patterns only match clauses
// that start with the verb, so no utterance of the spec's corpus reaches them.
import type { ParseContext } from "./context";
import { resolveTarget } from "./targeted";
import type { Segment } from "./text";
import type { AssignCommand, TargetedFields } from "./types";

const WORD = String.raw`[\p{L}'-]+`;
const NAME = String.raw`(?<who>${WORD}(?:\s+${WORD})?)`;

const PATTERNS: Record<"en" | "es" | "de", RegExp> = {
  en: new RegExp(String.raw`^\s*(?:please\s+)?assign\s+(?<what>.+?)\s+to\s+${NAME}\s*[.!?]?\s*$`, "diu"),
  es: new RegExp(
    String.raw`^\s*(?:por favor\s+)?asigna(?:r)?\s+(?<what>.+?)\s+a\s+${NAME}\s*[.!?]?\s*$`,
    "diu",
  ),
  // German puts the name before "zu": one word, so "den Müll Lena" splits at the last.
  de: new RegExp(
    String.raw`^\s*(?:bitte\s+)?weis(?:e)?\s+(?<what>.+?)\s+(?<who>${WORD})\s+zu\s*[.!?]?\s*$`,
    "diu",
  ),
};

/** An assign command when the clause is one; null otherwise (the other intents get their turn). */
export function buildAssign(
  clause: Segment,
  ctx: ParseContext,
  previous: TargetedFields | null,
): AssignCommand | null {
  const m = PATTERNS[ctx.locale.lang].exec(clause.text);
  const what = m?.groups?.what;
  // The name as it was said (the clause's text is folded to lower case).
  const at = m?.indices?.groups?.who;
  const who = at ? clause.original.slice(at[0], at[1]).trim() : undefined;
  if (!what || !who) return null;
  const { score, ...fields } = resolveTarget(what, "update", ctx, previous);
  return { intent: "assign", ...fields, assignee: who, confidence: fields.target ? 0.5 + 0.45 * score : 0.4 };
}
