// The shape every language module fills in. Grammar engines (dates, recurrence,
// modifiers, intents) are shared; only these tables differ by language.
import type { DateRule } from "./dates";
import type { RecurrenceRule } from "./recurrence";
import type { Lang, Priority } from "./types";

export interface PriorityRule {
  re: RegExp;
  value: Priority;
}

/** A whole-clause pattern; named groups: target, rest (target plus changes), title. */
export interface ClausePattern {
  re: RegExp;
  /** Separators between old and new name, for rename ("to", "a", "in"). */
  renameSeparators?: RegExp;
}

export interface QueryLexicon {
  /** The clause is a question about the user's todos. */
  patterns: RegExp[];
  completed: RegExp;
  all: RegExp;
  pending: RegExp;
  /** Inflected priority words that only occur in questions ("urgentes", "dringenden"). */
  priority: { value: "low" | "medium" | "high" | "urgent"; re: RegExp }[];
  due: { value: "today" | "tomorrow" | "overdue" | "this_week" | "next_week"; re: RegExp }[];
}

export interface Locale {
  lang: Lang;
  dateRules: DateRule[];
  recurrenceRules: RecurrenceRule[];
  /** Said anywhere and never part of a task ("please", "bitte", "por favor"). */
  fillers: RegExp;
  /** Only fillers at the start of a clause ("okay so", "hey", "oye"); consumed repeatedly. */
  leadingFillers: RegExp;
  priorities: PriorityRule[];
  /** Group "tag": one tag word. */
  tags: RegExp;
  /** Groups "name" (may be absent: the default list) and "compound" (German "einkaufsliste"). */
  listPhrases: RegExp[];
  /** Words that introduce a list name without the word "list", for "move X to Work". */
  listPrepositions: string;
  /** Separators between commands in one utterance (consumed). */
  clauseSplit: RegExp;
  /** Separators between items of one create ("milk and eggs"). */
  itemSplit: RegExp;
  /** A phrase that starts with a verb: "buy milk", "llamar al médico", "Milch kaufen". */
  verbPhrase: RegExp;
  undo: RegExp[];
  clearCompleted: RegExp[];
  /** Create with an explicit command; group rest = the task with its modifiers. */
  create: RegExp[];
  uncomplete: RegExp[];
  complete: RegExp[];
  delete: RegExp[];
  rename: ClausePattern[];
  /** Update of due/priority/list; group rest = target plus the change, or target + change groups. */
  update: RegExp[];
  query: QueryLexicon;
  /** Not a todo command (weather, music, questions). */
  unknown: RegExp[];
  /** Refers back to the previous command's todo ("it", "lo", "das"). */
  pronoun: RegExp;
  /** Words ignored when matching a target against todo titles. */
  stopwords: Set<string>;
  /** Leftover words trimmed from both ends of a target or title. */
  danglingWords: RegExp;
  /** Leading words of a created title that only introduce it ("task", "to"). */
  titleIntro: RegExp;
}

/** Compiles a whole-clause pattern; `d` gives group indices so groups map back to the segment. */
export function clauseRe(source: string): RegExp {
  return new RegExp(`^[\\s,.]*(?:${source})[\\s.,!?]*$`, "du");
}
