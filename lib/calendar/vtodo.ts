import { eventUid, type FeedTodo } from "./feed";
import { vtimezone } from "./vtimezone";

// A list exported as VTODOs (RFC 5545 3.6.2), for task apps (Apple
// Reminders, Thunderbird, Tasks.org). ical-generator writes events only, so
// these few properties are written here, escaped and folded per the RFC.

const PRIORITY = { urgent: 1, high: 3, medium: 5, low: 9 } as const;

export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, "\\n");
}

/** Lines longer than 75 octets continue on the next line after a space (3.1). */
export function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = new TextEncoder().encode(char).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const utcStamp = (iso: string) =>
  `${iso
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")
    .slice(0, 15)}Z`;
const compactDate = (date: string) => date.replace(/-/g, "");
const compactTime = (time: string) => `${time.replace(":", "")}00`;

export function buildVtodoCalendar(params: { name: string; todos: readonly FeedTodo[]; now?: Date }): string {
  const stamp = utcStamp((params.now ?? new Date()).toISOString());
  const zones = new Set<string>();
  const years: number[] = [];
  const todoLines: string[] = [];
  for (const t of params.todos) {
    todoLines.push(
      "BEGIN:VTODO",
      `UID:${eventUid(t.id)}`,
      `DTSTAMP:${stamp}`,
      `SUMMARY:${escapeText(t.title)}`,
    );
    if (t.notes) todoLines.push(`DESCRIPTION:${escapeText(t.notes)}`);
    if (t.dueDate) {
      years.push(Number(t.dueDate.slice(0, 4)));
      if (t.dueTime && t.timeZone !== "UTC") {
        zones.add(t.timeZone);
        todoLines.push(`DUE;TZID=${t.timeZone}:${compactDate(t.dueDate)}T${compactTime(t.dueTime)}`);
      } else if (t.dueTime) {
        todoLines.push(`DUE:${compactDate(t.dueDate)}T${compactTime(t.dueTime)}Z`);
      } else {
        todoLines.push(`DUE;VALUE=DATE:${compactDate(t.dueDate)}`);
      }
    }
    if (t.recurrence) todoLines.push(`RRULE:${t.recurrence}`);
    todoLines.push(`STATUS:${t.status === "completed" ? "COMPLETED" : "NEEDS-ACTION"}`);
    if (t.completedAt) todoLines.push(`COMPLETED:${utcStamp(t.completedAt)}`);
    todoLines.push(`PRIORITY:${PRIORITY[t.priority]}`);
    if (t.tags.length > 0) todoLines.push(`CATEGORIES:${t.tags.map(escapeText).join(",")}`);
    todoLines.push(`CREATED:${utcStamp(t.createdAt)}`, `LAST-MODIFIED:${utcStamp(t.updatedAt)}`, "END:VTODO");
  }
  const now = new Date().getUTCFullYear();
  const from = Math.min(...years, now) - 1;
  const to = Math.max(...years, now) + 2;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Voice Todo//List export//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(params.name)}`,
    ...[...zones].flatMap((z) => vtimezone(z, from, to)?.split("\r\n") ?? []),
    ...todoLines,
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
