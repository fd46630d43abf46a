// Shared fixtures for the voice parser tests.
import { parseUtterance } from "./parse";
import type { CreateCommand, ParseInput, VoiceCommand } from "./types";

/** Wednesday 4 March 2026, 10:30 local time. */
export const NOW = "2026-03-04T10:30:00";

export const LISTS = [
  "Inbox",
  "Shopping",
  "Work",
  "Groceries",
  "Einkaufsliste",
  "Arbeit",
  "Compras",
  "Trabajo",
];

export const TODOS: ParseInput["todos"] = [
  { id: "milk", title: "Buy milk", list: "Shopping", completed: false },
  { id: "dentist", title: "Call the dentist", list: "Inbox", completed: false },
  { id: "report", title: "Finish quarterly report", list: "Work", completed: false },
  { id: "bill-done", title: "Pay electricity bill", list: "Inbox", completed: true },
  { id: "bill", title: "Pay electricity bill", list: "Inbox", completed: false },
  { id: "trash", title: "Müll rausbringen", list: "Arbeit", completed: false },
  { id: "gift", title: "Geburtstagsgeschenk für Lena besorgen", list: "Arbeit", completed: false },
  { id: "plumber", title: "Llamar al fontanero", list: "Trabajo", completed: false },
  { id: "swim", title: "Inscribir a los niños en natación", list: "Trabajo", completed: false },
];

export function parse(text: string, lang = "en-US", now = NOW): VoiceCommand[] {
  return parseUtterance({ text, lang, now, lists: LISTS, todos: TODOS }).commands;
}

export function create(text: string, lang = "en-US", now = NOW): CreateCommand {
  const [first] = parse(text, lang, now);
  if (first?.intent !== "create") throw new Error(`"${text}" gave ${JSON.stringify(first)}`);
  return first;
}
