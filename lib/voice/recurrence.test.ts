// Recurrence rules and their first occurrence. NOW is Wednesday 2026-03-04 10:30.
import { describe, expect, test } from "vitest";
import { create } from "./test-helpers";

describe("recurrence", () => {
  test.each([
    ["en-US", "add water plants every day", "FREQ=DAILY", "2026-03-04"],
    ["en-US", "add water plants every day at 8 am", "FREQ=DAILY", "2026-03-05T08:00"],
    ["en-US", "add water plants every other day", "FREQ=DAILY;INTERVAL=2", "2026-03-04"],
    ["en-US", "add water plants every 3 days", "FREQ=DAILY;INTERVAL=3", "2026-03-04"],
    ["en-US", "add water plants every monday", "FREQ=WEEKLY;BYDAY=MO", "2026-03-09"],
    ["en-US", "add water plants every wednesday", "FREQ=WEEKLY;BYDAY=WE", "2026-03-04"],
    ["en-US", "add water plants every wednesday at 9 am", "FREQ=WEEKLY;BYDAY=WE", "2026-03-11T09:00"],
    [
      "en-US",
      "add water plants every monday wednesday and friday",
      "FREQ=WEEKLY;BYDAY=MO,WE,FR",
      "2026-03-04",
    ],
    ["en-US", "add water plants every other sunday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU", "2026-03-08"],
    ["en-US", "add water plants every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-03-04"],
    ["en-US", "add water plants on the 1st of every month", "FREQ=MONTHLY;BYMONTHDAY=1", "2026-04-01"],
    ["en-US", "add water plants every month on the 15th", "FREQ=MONTHLY;BYMONTHDAY=15", "2026-03-15"],
    ["en-US", "add water plants on the last day of every month", "FREQ=MONTHLY;BYMONTHDAY=-1", "2026-03-31"],
    ["en-US", "add water plants every first monday of the month", "FREQ=MONTHLY;BYDAY=1MO", "2026-04-06"],
    ["en-US", "add water plants the last friday of every month", "FREQ=MONTHLY;BYDAY=-1FR", "2026-03-27"],
    ["en-US", "add water plants every year on march 3rd", "FREQ=YEARLY", "2027-03-03"],
    ["en-US", "add water plants every morning", "FREQ=DAILY", "2026-03-05T09:00"],
    ["es-ES", "añade regar las plantas todos los días", "FREQ=DAILY", "2026-03-04"],
    ["es-ES", "añade regar las plantas cada dos días", "FREQ=DAILY;INTERVAL=2", "2026-03-04"],
    ["es-ES", "añade regar las plantas todos los lunes", "FREQ=WEEKLY;BYDAY=MO", "2026-03-09"],
    ["es-ES", "añade regar las plantas cada martes y jueves", "FREQ=WEEKLY;BYDAY=TU,TH", "2026-03-05"],
    ["es-ES", "añade regar las plantas el primero de cada mes", "FREQ=MONTHLY;BYMONTHDAY=1", "2026-04-01"],
    [
      "es-ES",
      "añade regar las plantas el último viernes de cada mes",
      "FREQ=MONTHLY;BYDAY=-1FR",
      "2026-03-27",
    ],
    ["es-ES", "añade regar las plantas de lunes a viernes", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-03-04"],
    ["de-DE", "füge pflanzen gießen jeden tag hinzu", "FREQ=DAILY", "2026-03-04"],
    ["de-DE", "füge pflanzen gießen jeden montag hinzu", "FREQ=WEEKLY;BYDAY=MO", "2026-03-09"],
    ["de-DE", "füge pflanzen gießen montags und donnerstags hinzu", "FREQ=WEEKLY;BYDAY=MO,TH", "2026-03-05"],
    ["de-DE", "füge pflanzen gießen alle zwei wochen hinzu", "FREQ=WEEKLY;INTERVAL=2", "2026-03-04"],
    ["de-DE", "füge pflanzen gießen am ersten jedes monats hinzu", "FREQ=MONTHLY;BYMONTHDAY=1", "2026-04-01"],
    [
      "de-DE",
      "füge pflanzen gießen jeden ersten montag im monat hinzu",
      "FREQ=MONTHLY;BYDAY=1MO",
      "2026-04-06",
    ],
    ["de-DE", "füge pflanzen gießen werktags hinzu", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "2026-03-04"],
  ])("%s: %s", (lang, text, rule, due) => {
    const cmd = create(text, lang);
    expect(cmd.recurrence).toBe(rule);
    expect(cmd.due).toBe(due);
    expect(cmd.title.toLowerCase()).toMatch(/^(?:water plants|regar las plantas|pflanzen gießen)$/u);
  });
});
