import { describe, expect, test } from "vitest";
import { nextOccurrence, recurrenceProblem } from "./recurrence";

describe("nextOccurrence", () => {
  test.each([
    // rule, due, time, basis, completedOn, expected date, expected time
    ["FREQ=DAILY", "2026-11-26", null, "due", "2026-11-26", "2026-11-27", null],
    ["FREQ=DAILY;INTERVAL=2", "2026-11-26", "09:00", "due", "2026-11-26", "2026-11-28", "09:00"],
    ["FREQ=WEEKLY;BYDAY=MO", "2026-11-23", "09:00", "due", "2026-11-26", "2026-11-30", "09:00"],
    ["FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-11-27", null, "due", "2026-11-27", "2026-11-30", null],
    ["FREQ=MONTHLY;BYMONTHDAY=-1", "2026-11-30", null, "due", "2026-11-30", "2026-12-31", null],
    ["FREQ=MONTHLY;BYDAY=1MO", "2026-12-07", null, "due", "2026-12-07", "2027-01-04", null],
    ["FREQ=YEARLY", "2026-03-03", null, "due", "2026-03-03", "2027-03-03", null],
    // Overdue by several days: the next occurrence is after today, not after the old due date.
    ["FREQ=DAILY", "2026-11-20", null, "due", "2026-11-26", "2026-11-27", null],
    // From the completion date.
    ["FREQ=DAILY;INTERVAL=3", "2026-11-20", "18:00", "completion", "2026-11-26", "2026-11-29", "18:00"],
    // Across the DST change the wall-clock time stays.
    ["FREQ=WEEKLY", "2026-03-25", "09:00", "due", "2026-03-25", "2026-04-01", "09:00"],
  ] as const)(
    "%s due %s %s by %s completed %s -> %s %s",
    (rule, dueDate, dueTime, basis, completedOn, date, time) => {
      expect(nextOccurrence({ rule, dueDate, dueTime, basis, completedOn })).toEqual({
        dueDate: date,
        dueTime: time,
      });
    },
  );

  test("a finished rule has no next occurrence", () => {
    expect(
      nextOccurrence({
        rule: "FREQ=DAILY;COUNT=1",
        dueDate: "2026-11-26",
        dueTime: null,
        basis: "due",
        completedOn: "2026-11-26",
      }),
    ).toBeNull();
  });
});

describe("recurrenceProblem", () => {
  test.each([
    "FREQ=DAILY",
    "FREQ=WEEKLY;BYDAY=MO,FR",
    "RRULE:FREQ=MONTHLY;BYMONTHDAY=1",
    "FREQ=MONTHLY;BYDAY=-1FR",
  ])("%s is valid", (rule) => expect(recurrenceProblem(rule)).toBeNull());
  test.each(["", "FREQ=SOMETIMES", "BYDAY=MO", "FREQ=DAILY;BYHOUR=9", "hello"])("%s is refused", (rule) =>
    expect(recurrenceProblem(rule)).not.toBeNull(),
  );
});
