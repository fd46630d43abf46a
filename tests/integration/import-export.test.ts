import ICAL from "ical.js";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as exportRoute from "@/app/api/export/route";
import * as importRoute from "@/app/api/import/route";
import { createList, getListsForUser } from "@/db/queries/lists";
import { createTodo, getTodosForUser, updateTodo } from "@/db/queries/todos";
import { getDb } from "@/lib/db";
import { account, call, type Person, setUpDatabase, tearDownDatabase } from "../support/sharing-client";

// Export (JSON, one list as VTODO or CSV) and import (Todoist CSV, our
// JSON) through the route handlers. A bad file is reported line by line
// and writes nothing.

beforeAll(() => setUpDatabase("vt_io"));
afterAll(() => tearDownDatabase());

const importFile = (as: Person, body: string, type: string, query = "") =>
  call(importRoute.POST, "POST", `/api/import${query}`, { as, body, headers: { "content-type": type } });

async function counts(person: Person) {
  const db = await getDb();
  const todos = await getTodosForUser(db, {
    userId: person.id,
    filter: { status: "all", deleted: false, sort: "position", limit: 500 },
    timeZone: "UTC",
  });
  return { lists: (await getListsForUser(db, { userId: person.id })).length, todos: todos.length };
}

const TODOIST = [
  "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT",
  "section,Groceries,,,,,,,,,,",
  "task,Buy milk @errand,2 liters,1,1,Ada (1),,2030-03-01,en,Europe/Berlin,,",
  'task,"Call ""the"" plumber",,4,1,Ada (1),,every monday,en,Europe/Berlin,,',
  "note,Ask about the sink,,,,,,,,,,",
  ",,,,,,,,,,,",
  "task,Plain task,,,2,,,,,,,",
].join("\r\n");

describe("import", () => {
  test("a Todoist CSV export becomes a list with priorities, dates, RRULEs, labels, sections and notes", async () => {
    const ada = await account("Ada");
    const res = await importFile(ada, TODOIST, "text/csv", "?list=Chores");
    expect(res.status).toBe(201);
    expect(res.body.imported).toMatchObject({ listsCreated: 1, todosCreated: 3 });
    const db = await getDb();
    const list = (await getListsForUser(db, { userId: ada.id })).find((l) => l.name === "Chores");
    if (!list) throw new Error("no list");
    const todos = await getTodosForUser(db, {
      userId: ada.id,
      filter: { list: list.id, status: "all", deleted: false, sort: "position", limit: 50 },
      timeZone: "UTC",
    });
    expect(todos.map((t) => t.title)).toEqual(["Buy milk", 'Call "the" plumber', "Plain task"]);
    expect(todos[0]).toMatchObject({
      priority: "urgent",
      dueDate: "2030-03-01",
      notes: "2 liters",
      tags: ["groceries", "errand"],
      timeZone: "Europe/Berlin",
      createdVia: "import",
    });
    expect(todos[1]).toMatchObject({
      priority: "low",
      recurrence: "FREQ=WEEKLY;BYDAY=MO",
      notes: "Ask about the sink",
    });
    expect(todos[1]?.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(todos[2]).toMatchObject({ priority: "urgent", dueDate: null });
  });

  test("bad Todoist rows are reported by line and nothing is written", async () => {
    const ada = await account("Ada");
    const before = await counts(ada);
    const bad = [
      "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE",
      "task,Fine,,1,1,,,,en,",
      "task,Bad priority,,7,1,,,,en,",
      'task,"Two-line',
      'title",,1,1,,,whenever-ish blah,en,',
      "chore,Wrong type,,1,1,,,,en,",
      "task,Bad zone,,1,1,,,,en,Mars/Olympus",
    ].join("\n");
    const res = await importFile(ada, bad, "text/csv");
    expect(res.status).toBe(422);
    expect(res.body.error?.code).toBe("validation_failed");
    const details = (res.body.error as { details?: { errors: { line: number; message: string }[] } }).details;
    expect(details?.errors.map((e) => e.line)).toEqual([3, 4, 6, 7]);
    expect(details?.errors[0]?.message).toContain("PRIORITY");
    expect(details?.errors[1]?.message).toContain("DATE");
    expect(details?.errors[2]?.message).toContain("TYPE");
    expect(details?.errors[3]?.message).toContain("TIMEZONE");
    expect(await counts(ada)).toEqual(before);
    const wrongFile = await importFile(ada, "name,when\nx,y\n", "text/csv");
    expect(wrongFile.status).toBe(422);
    expect(await counts(ada)).toEqual(before);
  });

  test("our JSON export imports back into a fresh account; bad JSON names lines and writes nothing", async () => {
    const db = await getDb();
    const [ada, bea] = [await account("Ada"), await account("Bea")];
    const work = await createList(db, { userId: ada.id, input: { name: "Work", color: "#112233" } });
    await createTodo(db, {
      userId: ada.id,
      timeZone: "Europe/Berlin",
      input: {
        listId: work.id,
        title: "Report",
        dueDate: "2030-01-02",
        dueTime: "09:30",
        recurrence: "FREQ=MONTHLY",
        tags: ["q1"],
        priority: "high",
      },
    });
    const done = await createTodo(db, {
      userId: ada.id,
      timeZone: "UTC",
      input: { title: "Inbox thing", notes: "n" },
    });
    await updateTodo(db, { userId: ada.id, id: done.id, patch: { status: "completed" } });

    const exported = await call(exportRoute.GET, "GET", "/api/export", { as: ada });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain("attachment");
    const file = JSON.parse(exported.text) as { format: string; lists: { name: string; todos: unknown[] }[] };
    expect(file.format).toBe("voice-todo");
    expect(file.lists.map((l) => [l.name, l.todos.length])).toEqual([
      ["Inbox", 1],
      ["Work", 1],
    ]);

    const res = await importFile(bea, exported.text, "application/json");
    expect(res.status).toBe(201);
    expect(res.body.imported).toMatchObject({ listsCreated: 1, todosCreated: 2 });
    const beaTodos = await getTodosForUser(db, {
      userId: bea.id,
      filter: { status: "all", deleted: false, sort: "position", limit: 50 },
      timeZone: "UTC",
    });
    const report = beaTodos.find((t) => t.title === "Report");
    expect(report).toMatchObject({
      dueDate: "2030-01-02",
      dueTime: "09:30",
      timeZone: "Europe/Berlin",
      recurrence: "FREQ=MONTHLY",
      tags: ["q1"],
      priority: "high",
    });
    expect(beaTodos.find((t) => t.title === "Inbox thing")).toMatchObject({
      status: "completed",
      notes: "n",
      completedBy: bea.id,
    });

    const before = await counts(bea);
    const broken = JSON.stringify(
      {
        format: "voice-todo",
        version: 1,
        lists: [
          {
            name: "X",
            todos: [
              { title: "ok" },
              { title: "", dueTime: "25:00" },
              { title: "t", recurrence: "FREQ=SOMETIMES", dueDate: "2030-01-01" },
            ],
          },
        ],
      },
      null,
      2,
    );
    const bad = await importFile(bea, broken, "application/json");
    expect(bad.status).toBe(422);
    const errors = (bad.body.error as { details: { errors: { line: number; message: string }[] } }).details
      .errors;
    const lines = broken.split("\n");
    for (const e of errors) expect(e.line).toBeGreaterThan(1);
    expect(
      errors.some(
        (e) => e.message.includes("lists.0.todos.1.title") && lines[e.line - 1]?.includes('"title": ""'),
      ),
    ).toBe(true);
    expect(
      errors.some(
        (e) => e.message.includes("lists.0.todos.1.dueTime") && lines[e.line - 1]?.includes("25:00"),
      ),
    ).toBe(true);
    expect(
      errors.some((e) => e.message.includes("recurrence") && lines[e.line - 1]?.includes("SOMETIMES")),
    ).toBe(true);
    expect(await counts(bea)).toEqual(before);

    const syntax = await importFile(
      bea,
      '{\n  "format": "voice-todo",\n  "lists": [,]\n}',
      "application/json",
    );
    expect(syntax.status).toBe(422);
    expect((syntax.body.error as { details: { errors: { line: number }[] } }).details.errors[0]?.line).toBe(
      3,
    );
    expect(await counts(bea)).toEqual(before);
  });
});

describe("export of one list", () => {
  test("as VTODOs (read back with ical.js) and as CSV; 404 for a list the user cannot read", async () => {
    const db = await getDb();
    const [ada, eve] = [await account("Ada"), await account("Eve")];
    const trip = await createList(db, { userId: ada.id, input: { name: "Trip" } });
    const timed = await createTodo(db, {
      userId: ada.id,
      timeZone: "Europe/Berlin",
      input: {
        listId: trip.id,
        title: "Train, 1st class; seat 42",
        dueDate: "2030-06-01",
        dueTime: "07:15",
        tags: ["travel"],
      },
    });
    const closed = await createTodo(db, {
      userId: ada.id,
      timeZone: "UTC",
      input: { listId: trip.id, title: "=SUM(A1)", dueDate: "2030-05-30" },
    });
    await updateTodo(db, { userId: ada.id, id: closed.id, patch: { status: "completed" } });

    const ics = await call(exportRoute.GET, "GET", `/api/export?list=${trip.id}&format=ics`, { as: ada });
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(ics.text));
    for (const tz of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
    const vtodos = calendar.getAllSubcomponents("vtodo");
    expect(vtodos).toHaveLength(2);
    const train = vtodos.find((v) => v.getFirstPropertyValue("uid") === `${timed.id}@voice-todo`);
    expect(train?.getFirstPropertyValue("summary")).toBe("Train, 1st class; seat 42");
    const due = train?.getFirstPropertyValue("due");
    if (!(due instanceof ICAL.Time)) throw new Error("no DUE");
    expect(due.zone?.tzid).toBe("Europe/Berlin");
    expect(due.toJSDate().toISOString()).toBe("2030-06-01T05:15:00.000Z");
    expect(train?.getFirstPropertyValue("status")).toBe("NEEDS-ACTION");
    expect(train?.getFirstProperty("categories")?.getValues()).toEqual(["travel"]);
    const sum = vtodos.find((v) => v.getFirstPropertyValue("uid") === `${closed.id}@voice-todo`);
    expect(sum?.getFirstPropertyValue("status")).toBe("COMPLETED");
    const sumDue = sum?.getFirstPropertyValue("due");
    expect(sumDue instanceof ICAL.Time && sumDue.isDate).toBe(true);
    expect(sum?.getFirstPropertyValue("completed")).toBeInstanceOf(ICAL.Time);

    const csv = await call(exportRoute.GET, "GET", `/api/export?list=${trip.id}&format=csv`, { as: ada });
    expect(csv.status).toBe(200);
    const rows = Papa.parse<Record<string, string>>(csv.text, { header: true }).data;
    expect(rows[0]).toMatchObject({
      title: "Train, 1st class; seat 42",
      due_date: "2030-06-01",
      due_time: "07:15",
      time_zone: "Europe/Berlin",
      tags: "travel",
      status: "pending",
    });
    // A formula-looking title is defused for spreadsheets.
    expect(rows[1]).toMatchObject({ title: "'=SUM(A1)", status: "completed" });

    expect(
      (await call(exportRoute.GET, "GET", `/api/export?list=${trip.id}&format=csv`, { as: eve })).status,
    ).toBe(404);
  });
});
