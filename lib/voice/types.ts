// Public types of the voice command parser (shape fixed by shared/voice-commands/SPEC.md).

export type Priority = "low" | "medium" | "high" | "urgent";
export type Lang = "en" | "es" | "de";

export interface TodoRef {
  id: string;
  title: string;
  list?: string | null;
  completed: boolean;
}

export interface ParseInput {
  text: string;
  /** BCP 47 tag; only the primary subtag (en, es, de) matters. */
  lang: string;
  /** The user's local wall clock, ISO without offset: "2026-11-26T14:00:00". */
  now: string;
  /** Informative only: `now` is already local, so no conversion is done. */
  timeZone?: string;
  lists: string[];
  todos: TodoRef[];
}

export type SpanKind = "command" | "filler" | "date" | "time" | "priority" | "list" | "tags" | "recurrence";

/** A recognised part of the utterance, for the UI's dismissible chips. */
export interface Span {
  kind: SpanKind;
  /** The original substring as the user said it. */
  text: string;
  start: number;
  end: number;
}

interface CommandMeta {
  /** 0..1: how sure the parser is about this command. */
  confidence: number;
}

export interface CreateCommand extends CommandMeta {
  intent: "create";
  title: string;
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" in the user's local time, or null. */
  due: string | null;
  priority: Priority | null;
  list: string | null;
  tags: string[];
  /** RFC 5545 RRULE value without the "RRULE:" prefix. */
  recurrence: string | null;
  spans: Span[];
}

export interface TargetedFields {
  /** Best matching todo id, or null when nothing matches. */
  target: string | null;
  /** Set when several todos match about equally well, best first, so the UI can ask. */
  candidates?: string[];
  /** The words the user used to name the todo. */
  targetText: string;
}

export interface CompleteCommand extends CommandMeta, TargetedFields {
  intent: "complete";
}
export interface UncompleteCommand extends CommandMeta, TargetedFields {
  intent: "uncomplete";
}
export interface DeleteCommand extends CommandMeta, TargetedFields {
  intent: "delete";
}

export interface TodoChanges {
  title?: string;
  due?: string | null;
  priority?: Priority | null;
  list?: string | null;
}

export interface UpdateCommand extends CommandMeta, TargetedFields {
  intent: "update";
  changes: TodoChanges;
}

/** "assign the napkins to Sam": the spoken name is matched against the list's members later. */
export interface AssignCommand extends CommandMeta, TargetedFields {
  intent: "assign";
  assignee: string;
}

export type DueFilter = "today" | "tomorrow" | "overdue" | "this_week" | "next_week";
export type StatusFilter = "pending" | "completed" | "all";

export interface QueryCommand extends CommandMeta {
  intent: "query";
  filter: { status: StatusFilter; due: DueFilter | null; list: string | null; priority: Priority | null };
}

export interface ClearCompletedCommand extends CommandMeta {
  intent: "clear_completed";
  list: string | null;
}

export interface UndoCommand extends CommandMeta {
  intent: "undo";
}

export interface UnknownCommand extends CommandMeta {
  intent: "unknown";
}

export type VoiceCommand =
  | CreateCommand
  | CompleteCommand
  | UncompleteCommand
  | DeleteCommand
  | UpdateCommand
  | AssignCommand
  | QueryCommand
  | ClearCompletedCommand
  | UndoCommand
  | UnknownCommand;

export type Intent = VoiceCommand["intent"];

export interface ParseResult {
  commands: VoiceCommand[];
}
