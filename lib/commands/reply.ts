import { addDays } from "@/lib/dates/zoned";
import type { Priority } from "@/lib/voice/types";
import type { QueryFilter } from "./types";

// What the app says back after a command, in the language it was spoken in:
// short enough to read at a glance and to be spoken aloud.

export type Lang = "en" | "es" | "de";

export type Outcome =
  | {
      kind: "created";
      title: string;
      dueDate: string | null;
      dueTime: string | null;
      priority: Priority | null;
      list: string | null;
      recurring: boolean;
    }
  | { kind: "completed" | "reopened" | "deleted" | "updated"; title: string }
  | { kind: "answer"; filter: QueryFilter; titles: string[] }
  | { kind: "cleared"; count: number }
  | { kind: "undone" }
  | { kind: "nothing_to_undo" }
  | { kind: "ask"; question: string; count: number }
  | { kind: "not_found"; spoken: string }
  | { kind: "no_list"; name: string }
  | { kind: "assigned"; title: string; name: string }
  | { kind: "no_person"; name: string }
  | { kind: "unknown"; transcript: string };

const WORDS = {
  en: {
    added: "Added",
    completed: "Completed",
    reopened: "Reopened",
    deleted: "Deleted",
    updated: "Updated",
    today: "today",
    tomorrow: "tomorrow",
    repeats: "repeats",
    cleared: (n: number) => `Cleared ${n} completed ${n === 1 ? "todo" : "todos"}`,
    undone: "Undone",
    nothingToUndo: "There is nothing to undo",
    which: (q: string, n: number) => `${n} todos match "${q}". Which one?`,
    notFound: (q: string) => `I couldn't find a todo matching "${q}"`,
    noList: (n: string) => `There is no list called "${n}"`,
    assigned: (t: string, n: string) => `Assigned '${t}' to ${n}`,
    noPerson: (n: string) => `Nobody called "${n}" is on that list`,
    unknown: (t: string) => `Sorry, "${t}" isn't something I can do with your todos`,
    none: "Nothing here",
    youHave: (n: number) => `You have ${n} ${n === 1 ? "todo" : "todos"}`,
    priority: { low: "low", medium: "medium", high: "high", urgent: "urgent" },
  },
  es: {
    added: "Añadido",
    completed: "Completado",
    reopened: "Reabierto",
    deleted: "Eliminado",
    updated: "Actualizado",
    today: "hoy",
    tomorrow: "mañana",
    repeats: "se repite",
    cleared: (n: number) =>
      `${n} ${n === 1 ? "tarea completada eliminada" : "tareas completadas eliminadas"}`,
    undone: "Deshecho",
    nothingToUndo: "No hay nada que deshacer",
    which: (q: string, n: number) => `${n} tareas coinciden con "${q}". ¿Cuál?`,
    notFound: (q: string) => `No encontré ninguna tarea para "${q}"`,
    noList: (n: string) => `No hay ninguna lista llamada "${n}"`,
    assigned: (t: string, n: string) => `'${t}' asignada a ${n}`,
    noPerson: (n: string) => `Nadie llamado "${n}" está en esa lista`,
    unknown: (t: string) => `Lo siento, "${t}" no es algo que pueda hacer con tus tareas`,
    none: "No hay nada",
    youHave: (n: number) => `Tienes ${n} ${n === 1 ? "tarea" : "tareas"}`,
    priority: { low: "baja", medium: "media", high: "alta", urgent: "urgente" },
  },
  de: {
    added: "Hinzugefügt",
    completed: "Erledigt",
    reopened: "Wieder offen",
    deleted: "Gelöscht",
    updated: "Geändert",
    today: "heute",
    tomorrow: "morgen",
    repeats: "wiederholt sich",
    cleared: (n: number) => `${n} erledigte ${n === 1 ? "Aufgabe" : "Aufgaben"} entfernt`,
    undone: "Rückgängig gemacht",
    nothingToUndo: "Es gibt nichts rückgängig zu machen",
    which: (q: string, n: number) => `${n} Aufgaben passen zu „${q}“. Welche meinst du?`,
    notFound: (q: string) => `Ich habe keine Aufgabe zu „${q}“ gefunden`,
    noList: (n: string) => `Es gibt keine Liste „${n}“`,
    assigned: (t: string, n: string) => `'${t}' ist jetzt bei ${n}`,
    noPerson: (n: string) => `Niemand namens „${n}“ ist auf dieser Liste`,
    unknown: (t: string) => `Entschuldigung, mit „${t}“ kann ich bei deinen Aufgaben nichts anfangen`,
    none: "Nichts da",
    youHave: (n: number) => `Du hast ${n} ${n === 1 ? "Aufgabe" : "Aufgaben"}`,
    priority: { low: "niedrig", medium: "mittel", high: "hoch", urgent: "dringend" },
  },
} as const;

export function langOf(tag: string): Lang {
  const primary = tag.slice(0, 2).toLowerCase();
  return primary === "es" || primary === "de" ? primary : "en";
}

export function describeDue(dueDate: string, dueTime: string | null, lang: Lang, today: string): string {
  const w = WORDS[lang];
  const day =
    dueDate === today
      ? w.today
      : dueDate === addDays(today, 1)
        ? w.tomorrow
        : new Date(`${dueDate}T00:00:00Z`).toLocaleDateString(lang, {
            weekday: "short",
            month: "short",
            day: "numeric",
            timeZone: "UTC",
          });
  return dueTime ? `${day} ${dueTime}` : day;
}

/** The parts of a created todo, for the "Added 'x' · tomorrow 09:00 · high" line. */
export function createdParts(o: Extract<Outcome, { kind: "created" }>, lang: Lang, today: string): string[] {
  const w = WORDS[lang];
  const parts = [`${w.added} '${o.title}'`];
  if (o.dueDate) parts.push(describeDue(o.dueDate, o.dueTime, lang, today));
  if (o.priority) parts.push(w.priority[o.priority]);
  if (o.list) parts.push(o.list);
  if (o.recurring) parts.push(w.repeats);
  return parts;
}

export function describeOutcome(o: Outcome, lang: Lang, today: string): string {
  const w = WORDS[lang];
  switch (o.kind) {
    case "created":
      return createdParts(o, lang, today).join(" · ");
    case "completed":
    case "reopened":
    case "deleted":
    case "updated":
      return `${w[o.kind]} '${o.title}'`;
    case "answer":
      return o.titles.length === 0
        ? w.none
        : `${w.youHave(o.titles.length)}: ${o.titles.slice(0, 10).join(", ")}`;
    case "cleared":
      return w.cleared(o.count);
    case "undone":
      return w.undone;
    case "nothing_to_undo":
      return w.nothingToUndo;
    case "ask":
      return w.which(o.question, o.count);
    case "not_found":
      return w.notFound(o.spoken);
    case "no_list":
      return w.noList(o.name);
    case "assigned":
      return w.assigned(o.title, o.name);
    case "no_person":
      return w.noPerson(o.name);
    case "unknown":
      return w.unknown(o.transcript);
  }
}

export function describeOutcomes(outcomes: Outcome[], lang: Lang, today: string): string {
  return outcomes.map((o) => describeOutcome(o, lang, today)).join(". ");
}
