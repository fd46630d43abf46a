import { RRule } from "rrule";

// Recurrence on the wall clock: dates are handed to rrule as "floating" UTC
// values (the local date and time written as if UTC), so that a todo due every
// Monday at 09:00 stays at 09:00 local across DST changes in its time zone.

export type RecurrenceBasis = "due" | "completion";

const ALLOWED_KEYS = new Set([
  "FREQ",
  "INTERVAL",
  "BYDAY",
  "BYMONTHDAY",
  "BYMONTH",
  "COUNT",
  "UNTIL",
  "WKST",
]);

/** Checks an RRULE value (without "RRULE:"); returns a message for a person, or null when valid. */
export function recurrenceProblem(rule: string): string | null {
  const body = rule.replace(/^RRULE:/i, "");
  for (const part of body.split(";")) {
    const [key] = part.split("=");
    if (!key || !ALLOWED_KEYS.has(key.toUpperCase())) return `unsupported recurrence part "${part}"`;
  }
  try {
    const options = RRule.parseString(body);
    if (options.freq === undefined) return "recurrence needs FREQ";
    new RRule(options);
    return null;
  } catch {
    return "recurrence is not a valid RRULE";
  }
}

function floating(date: string, time: string | null): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = (time ?? "00:00").split(":").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0));
}

export type Occurrence = { dueDate: string; dueTime: string | null };

/**
 * The next occurrence after a completion.
 * - basis "due": the first occurrence after the current due date that is not
 *   before today (an overdue daily todo does not stay overdue);
 * - basis "completion": the rule restarted on the completion date
 *   ("every 3 days" completed on the 26th is next due on the 29th).
 * Returns null when the rule has no further occurrence (COUNT/UNTIL reached).
 */
export function nextOccurrence(params: {
  rule: string;
  dueDate: string | null;
  dueTime: string | null;
  basis: RecurrenceBasis;
  /** Local date of the completion in the todo's time zone. */
  completedOn: string;
}): Occurrence | null {
  const { rule, dueTime, basis, completedOn } = params;
  const options = RRule.parseString(rule.replace(/^RRULE:/i, ""));
  const anchorDate = basis === "completion" || !params.dueDate ? completedOn : params.dueDate;
  const dtstart = floating(anchorDate, dueTime);
  const rrule = new RRule({ ...options, dtstart });
  // Strictly after the anchor, and never earlier than the day after completion-or-today.
  const notBefore =
    basis === "completion"
      ? dtstart
      : new Date(Math.max(dtstart.getTime(), floating(completedOn, dueTime).getTime()));
  const next = rrule.after(notBefore, false);
  if (!next) return null;
  const iso = next.toISOString();
  return { dueDate: iso.slice(0, 10), dueTime: dueTime ? iso.slice(11, 16) : null };
}
