import { inArray, sql } from "drizzle-orm";
import fc from "fast-check";
import { expect, test } from "vitest";
import * as syncRoute from "@/app/api/sync/route";
import { syncCommands } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { CommandStatus, SyncCommand } from "@/lib/sync/protocol";
import { PULL_OVERLAP } from "@/lib/sync/token";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import { guestClient } from "../support/api-client";
import { withAppDatabase } from "../support/app-database";

// Randomized: 2–4 devices of one user edit offline, then deliver their
// outboxes through POST /api/sync while the network loses responses and
// delivers stale copies of whole batches late. A model applies each command
// once, in the order the server first saw it, under the policy of
// lib/sync/protocol.ts; every status must be the model's, the server must
// end in the model's state, and every device, once drained and pulled, must
// hold exactly the server's rows: nothing lost, nothing applied twice.

withAppDatabase("vt_sync_conv");

type SyncBody = {
  syncToken: string;
  fullSync: boolean;
  syncStatus: Record<string, CommandStatus>;
  todos: TodoDto[];
  lists: ListDto[];
};
/** What a device keeps of a todo: the fields the policy is about, and the version it merges by. */
type Row = Pick<
  TodoDto,
  "id" | "listId" | "title" | "priority" | "status" | "completedAt" | "deletedAt" | "version"
>;
type Device = {
  todos: Map<string, Row>;
  lists: Map<string, { name: string; version: number }>;
  outbox: SyncCommand[];
  token: string | null;
};
type ModelTodo = { title: string; priority: string; status: string; deleted: boolean; listId: string };
type Model = { todos: Map<string, ModelTodo>; lists: Set<string>; expected: Map<string, string> };

const row = (t: TodoDto): Row => ({
  id: t.id,
  listId: t.listId,
  title: t.title,
  priority: t.priority,
  status: t.status,
  completedAt: t.completedAt,
  deletedAt: t.deletedAt,
  version: t.version,
});
const code = (s: CommandStatus | undefined) => (s === "ok" ? "ok" : (s?.error.code ?? "missing"));
const CLIENT_TIMES = { none: undefined, past: "2000-01-01T00:00:00Z", future: "2100-01-01T00:00:00Z" };

/** The server's answer to a command applied for the first time, and its effect, by the policy. */
function applyToModel(model: Model, inbox: string, c: SyncCommand): string {
  const todo = "id" in c.args && c.args.id ? model.todos.get(c.args.id) : undefined;
  switch (c.type) {
    case "todo_add":
      model.todos.set(c.args.id ?? "", {
        title: c.args.title,
        priority: "medium",
        status: "pending",
        deleted: false,
        listId: c.args.listId ?? inbox,
      });
      return "ok";
    case "list_add":
      model.lists.add(c.args.id ?? "");
      return "ok";
    case "todo_delete":
    case "todo_restore":
      if (!todo) return "not_found";
      todo.deleted = c.type === "todo_delete";
      return "ok";
    case "todo_update":
    case "todo_complete":
    case "todo_uncomplete":
      if (!todo) return "not_found";
      if (todo.deleted) return "deleted";
      if (c.type === "todo_update") Object.assign(todo, c.args.patch);
      if (c.type === "todo_complete") todo.status = "completed";
      // Made in 2000, before any completion: ignored. No or a later time: reopens.
      if (c.type === "todo_uncomplete" && c.clientTime !== CLIENT_TIMES.past) todo.status = "pending";
      return "ok";
    default:
      throw new Error(`not generated: ${c.type}`);
  }
}

/** The server row the model expects; an unknown row can match nothing. */
const modelRow = (m: ModelTodo | undefined) =>
  m
    ? {
        title: m.title,
        priority: m.priority,
        status: m.status,
        listId: m.listId,
        deletedAt: m.deleted ? expect.any(String) : null,
      }
    : { id: "a todo the model never added" };

/** What the device shows right away, before the server has seen the command. */
function applyLocally(device: Device, inbox: string, c: SyncCommand): void {
  const id = "id" in c.args ? c.args.id : undefined;
  const current = id ? device.todos.get(id) : undefined;
  const patch = (p: Partial<Row>) => current && device.todos.set(current.id, { ...current, ...p });
  if (c.type === "todo_add" && id) {
    device.todos.set(id, {
      id,
      listId: c.args.listId ?? inbox,
      title: c.args.title,
      priority: "medium",
      status: "pending",
      completedAt: null,
      deletedAt: null,
      version: 0,
    });
  } else if (c.type === "list_add" && id) device.lists.set(id, { name: c.args.name, version: 0 });
  else if (c.type === "todo_update") {
    const { title, priority } = c.args.patch;
    patch({ ...(title ? { title } : {}), ...(priority ? { priority } : {}) });
  } else if (c.type === "todo_complete") patch({ status: "completed", completedAt: "local" });
  else if (c.type === "todo_uncomplete") patch({ status: "pending", completedAt: null });
  else if (c.type === "todo_delete") patch({ deletedAt: "local" });
  else if (c.type === "todo_restore") patch({ deletedAt: null });
}

/** Server rows win over optimistic ones of the same or an older version; never the other way. */
function merge(device: Device, body: SyncBody): void {
  for (const t of body.todos) {
    const known = device.todos.get(t.id);
    if (!known || known.version <= t.version) device.todos.set(t.id, row(t));
  }
  for (const l of body.lists) {
    const known = device.lists.get(l.id);
    if (!known || known.version <= l.version) device.lists.set(l.id, { name: l.name, version: l.version });
  }
  device.token = body.syncToken;
}

const step = fc.record({
  device: fc.nat(3),
  kind: fc.constantFrom(
    ...([
      "add",
      "add",
      "title",
      "priority",
      "complete",
      "uncomplete",
      "delete",
      "restore",
      "listAdd",
    ] as const),
    ...(["deliver", "deliver", "deliver", "stale", "pull"] as const),
  ),
  pick: fc.nat(1000),
  size: fc.integer({ min: 1, max: 6 }),
  fate: fc.constantFrom("ok", "ok", "lostResponse", "delayed"),
  time: fc.constantFrom("none", "past", "past", "future"),
  word: fc.constantFrom("milk", "bread", "call", "gym"),
  priority: fc.constantFrom("low", "high", "urgent"),
  /** Other users' writes move the sequence past the pulls' overlap window. */
  busy: fc.boolean(),
});
const scenario = fc.record({
  devices: fc.integer({ min: 2, max: 4 }),
  steps: fc.array(step, { minLength: 20, maxLength: 50 }),
});

test("devices that edit offline and deliver through a bad network converge with the server", async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async ({ devices: count, steps }) => {
      const call = guestClient();
      const post = async (body: { syncToken: string | null; commands: SyncCommand[] }) => {
        const response = await call(syncRoute.POST, "POST", "/api/sync", body);
        expect(response.status).toBe(200);
        return response.body as unknown as SyncBody;
      };
      // A few todos every device has before going offline, so edits have targets from the start.
      const inbox = (await post({ syncToken: null, commands: [] })).lists[0]?.id ?? "";
      const model: Model = { todos: new Map(), lists: new Set([inbox]), expected: new Map() };
      const seed = ["seed a", "seed b", "seed c"].map(
        (title): SyncCommand => ({
          uuid: crypto.randomUUID(),
          type: "todo_add",
          args: { id: crypto.randomUUID(), title },
        }),
      );
      for (const c of seed) model.expected.set(c.uuid, applyToModel(model, inbox, c));
      const initial = await post({ syncToken: null, commands: seed });
      const devices: Device[] = Array.from({ length: count }, () => {
        const d: Device = { todos: new Map(), lists: new Map(), outbox: [], token: null };
        merge(d, initial);
        return d;
      });
      const delayed: SyncCommand[][] = [];
      const sent = new Set(seed.map((c) => c.uuid));

      /** One request reaching the server: every status must be the model's. */
      const deliver = async (device: Device, commands: SyncCommand[]) => {
        const body = await post({ syncToken: device.token, commands });
        for (const c of commands) {
          if (!model.expected.has(c.uuid)) model.expected.set(c.uuid, applyToModel(model, inbox, c));
          expect(code(body.syncStatus[c.uuid]), `${c.type} ${c.uuid}`).toBe(model.expected.get(c.uuid));
          sent.add(c.uuid);
        }
        // Requests go one at a time, so every row sent is the model's state after this batch.
        for (const t of body.todos) expect(t, t.id).toMatchObject(modelRow(model.todos.get(t.id)));
        return body;
      };
      const acked = async (device: Device, n: number) => {
        const batch = device.outbox.slice(0, n);
        merge(device, await deliver(device, batch));
        device.outbox.splice(0, batch.length);
      };

      for (const s of steps) {
        const device = devices[s.device % count];
        if (!device) continue;
        const known = [...device.todos.keys()];
        const target = known[s.pick % Math.max(1, known.length)];
        const lists = [...device.lists.keys()];
        const local = (c: SyncCommand) => {
          applyLocally(device, inbox, c);
          device.outbox.push(c);
        };
        const uuid = crypto.randomUUID();
        const clientTime = CLIENT_TIMES[s.time];
        if (s.kind === "add") {
          const listId = s.pick % 3 === 0 ? undefined : lists[s.pick % lists.length];
          local({ uuid, type: "todo_add", args: { id: crypto.randomUUID(), title: s.word, listId } });
        } else if (s.kind === "listAdd") {
          local({ uuid, type: "list_add", args: { id: crypto.randomUUID(), name: `${s.word} ${uuid}` } });
        } else if (s.kind === "title" && target) {
          local({ uuid, type: "todo_update", args: { id: target, patch: { title: `${s.word} ${s.pick}` } } });
        } else if (s.kind === "priority" && target) {
          local({ uuid, type: "todo_update", args: { id: target, patch: { priority: s.priority } } });
        } else if (s.kind === "complete" && target) {
          local({ uuid, type: "todo_complete", args: { id: target }, clientTime });
        } else if (s.kind === "uncomplete" && target) {
          local({ uuid, type: "todo_uncomplete", args: { id: target }, clientTime });
        } else if ((s.kind === "delete" || s.kind === "restore") && target) {
          local({ uuid, type: s.kind === "delete" ? "todo_delete" : "todo_restore", args: { id: target } });
        } else if (s.kind === "pull") {
          merge(device, await deliver(device, []));
        } else if (s.kind === "deliver" && device.outbox.length > 0) {
          const batch = device.outbox.slice(0, s.size);
          if (s.fate === "ok") await acked(device, s.size);
          // The server applies it but the answer never arrives: the device will send it again.
          else if (s.fate === "lostResponse") await deliver(device, batch);
          // Held up in the network; arrives later (or never), after the device retried.
          else delayed.push(batch);
        } else if (s.kind === "stale" && delayed.length > 0) {
          const [late] = delayed.splice(s.pick % delayed.length, 1);
          if (late) await deliver(device, late);
        }
        // So pulls send only what changed since the token, and what the batch named.
        if (s.busy) {
          await (await getDb()).execute(
            sql`select setval('change_seq', nextval('change_seq') + ${PULL_OVERLAP * 2})`,
          );
        }
      }
      const first = devices[0];
      if (first) for (const late of delayed) await deliver(first, late);
      for (const device of devices) while (device.outbox.length > 0) await acked(device, 5);
      for (const device of devices) merge(device, await deliver(device, []));

      // The server holds the model's state: every add once, each field as the policy says.
      const server = await post({ syncToken: "v1:0", commands: [] });
      const serverRows = new Map(server.todos.map((t) => [t.id, row(t)]));
      expect([...serverRows.keys()].sort()).toEqual([...model.todos.keys()].sort());
      for (const [id, m] of model.todos) expect(serverRows.get(id)).toMatchObject(modelRow(m));
      expect(new Set(server.lists.map((l) => l.id))).toEqual(model.lists);
      // Every device converged on exactly those rows.
      for (const device of devices) {
        expect(device.todos).toEqual(serverRows);
        expect([...device.lists.keys()].sort()).toEqual([...model.lists].sort());
      }
      // One sync_commands row per command uuid, all this user's.
      const stored = await (await getDb())
        .select({ userId: syncCommands.userId })
        .from(syncCommands)
        .where(inArray(syncCommands.uuid, sent.size > 0 ? [...sent] : [crypto.randomUUID()]));
      expect(stored.length).toBe(sent.size);
      expect(new Set(stored.map((s) => s.userId)).size).toBeLessThanOrEqual(1);
    }),
    // A failure found late still shrinks, but never for longer than the test may run.
    { numRuns: 20, interruptAfterTimeLimit: 90_000 },
  );
}, 120_000);
