import { describe, expect, test } from "vitest";
import * as todosRoute from "@/app/api/todos/route";
import * as voiceCommandsRoute from "@/app/api/voice/commands/route";
import * as voiceRoute from "@/app/api/voice/route";
import { newGuestToken } from "@/lib/auth/guest-token";
import { addDays, localDateOf } from "@/lib/dates/zoned";
import { withAppDatabase } from "../support/app-database";

// POST /api/voice end to end: parser, plan, execution, recording and undo,
// through the real route handler and database.

withAppDatabase("vt_voice");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const TZ = "Europe/Berlin";

function speaker() {
  const token = newGuestToken();
  const send = async (handler: Handler, method: string, body?: unknown) => {
    const response = await handler(
      new Request("http://localhost:3000/api/voice", {
        method,
        headers: { cookie: `vt_guest=${token}`, "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
      { params: Promise.resolve({}) },
    );
    return { status: response.status, body: await response.json() };
  };
  const say = async (text: string, lang = "en-US", extra: Record<string, unknown> = {}) =>
    send(voiceRoute.POST as Handler, "POST", { text, lang, timeZone: TZ, ...extra });
  const todos = async (status = "all") => {
    const response = await (todosRoute.GET as Handler)(
      new Request(`http://localhost:3000/api/todos?status=${status}`, {
        headers: { cookie: `vt_guest=${token}` },
      }),
      { params: Promise.resolve({}) },
    );
    return (await response.json()).todos as {
      id: string;
      title: string;
      status: string;
      dueDate: string | null;
      dueTime: string | null;
      priority: string;
      listId: string;
      createdVia: string;
      voiceText: string | null;
      voiceConfidence: number | null;
    }[];
  };
  return { say, todos, send };
}

const today = () => localDateOf(new Date(), TZ);

describe("POST /api/voice", () => {
  test("a spoken create with date, time, priority and list", async () => {
    const { say, todos } = speaker();
    const { status, body } = await say("add call the plumber tomorrow at 9 high priority to my home list");
    expect(status).toBe(200);
    expect(body.commands[0]).toMatchObject({
      intent: "create",
      title: "call the plumber",
      priority: "high",
      list: "home",
    });
    expect(body.reply).toBe("Added 'call the plumber' · tomorrow 09:00 · high · Home");
    const [todo] = await todos();
    expect(todo).toMatchObject({
      title: "call the plumber",
      dueDate: addDays(today(), 1),
      dueTime: "09:00",
      priority: "high",
      createdVia: "voice",
      voiceText: "add call the plumber tomorrow at 9 high priority to my home list",
    });
    expect(todo?.voiceConfidence).toBeGreaterThan(0);
  });

  test("complete by paraphrase, undo it, query, and delete", async () => {
    const { say, todos } = speaker();
    await say("add buy milk");
    await say("add call the dentist");
    const done = await say("mark the milk one as done");
    expect(done.body.reply).toBe("Completed 'buy milk'");
    expect((await todos("completed")).map((t) => t.title)).toEqual(["buy milk"]);

    const undone = await say("undo that");
    expect(undone.body.reply).toBe("Undone");
    expect((await todos("completed")).map((t) => t.title)).toEqual([]);

    const answer = await say("what do I have");
    expect(answer.body.reply).toBe("You have 2 todos: buy milk, call the dentist");

    const deleted = await say("delete dentist");
    expect(deleted.body.reply).toBe("Deleted 'call the dentist'");
    expect((await todos()).map((t) => t.title)).toEqual(["buy milk"]);
  });

  test("clearing completed asks first and changes nothing until confirmed", async () => {
    const { say, todos } = speaker();
    await say("add water the plants");
    await say("water the plants is done");
    const asked = await say("clear completed");
    expect(asked.body.needsConfirmation).toBe(true);
    expect(await todos("completed")).toHaveLength(1);
    const cleared = await say("clear completed", "en-US", { confirm: true });
    expect(cleared.body.reply).toBe("Cleared 1 completed todo");
    expect(await todos()).toHaveLength(0);
  });

  test("Spanish and German commands, answered in their language", async () => {
    const es = speaker();
    const added = await es.say("añade comprar pan mañana por la tarde prioridad alta", "es-ES");
    expect(added.body.reply).toMatch(/^Añadido 'comprar pan' · mañana 15:00 · alta/);
    const de = speaker();
    await de.say("füge den Müll rausbringen hinzu", "de-DE");
    const done = await de.say("den müll rausbringen ist erledigt", "de-DE");
    expect(done.body.reply).toBe("Erledigt 'den Müll rausbringen'");
  });

  test("a command that names no todo of this user is not found, and another user's todos are out of reach", async () => {
    const alice = speaker();
    const bob = speaker();
    await alice.say("add renew passport");
    const attempt = await bob.say("delete the passport one");
    expect(attempt.body.reply).toMatch(/couldn't find/);
    expect((await alice.todos()).map((t) => t.title)).toEqual(["renew passport"]);
  });

  test("things that are not todo commands are understood as such", async () => {
    const { say, todos } = speaker();
    const { body } = await say("what's the weather like tomorrow");
    expect(body.commands).toEqual([{ intent: "unknown", confidence: expect.any(Number) }]);
    expect(await todos()).toEqual([]);
  });

  test.each([
    [{ text: "", lang: "en-US" }, 422],
    [{ text: "add milk", lang: "fr-FR" }, 422],
    [{ text: "add milk" }, 422],
    [{ text: "x".repeat(1001), lang: "en-US" }, 422],
    [{ text: "add milk", lang: "en-US", timeZone: "Mars/Base" }, 422],
    [{ text: "add milk", lang: "en-US", extra: 1 }, 422],
  ])("bad input %j -> %i, nothing written", async (body, status) => {
    const { send, todos } = speaker();
    const response = await send(voiceRoute.POST as Handler, "POST", body);
    expect(response.status).toBe(status);
    expect(response.body.error.message).toEqual(expect.any(String));
    expect(await todos()).toEqual([]);
  });

  test("every command is recorded and grouped into its session", async () => {
    const { say, send } = speaker();
    const sessionId = crypto.randomUUID();
    await say("add buy eggs", "en-US", { sessionId });
    await say("play some music", "en-US", { sessionId });
    const log = await send(voiceCommandsRoute.GET as Handler, "GET");
    expect(
      log.body.commands.map((c: { intent: string; success: boolean; sessionId: string }) => [
        c.intent,
        c.success,
        c.sessionId,
      ]),
    ).toEqual([
      ["unknown", false, sessionId],
      ["create", true, sessionId],
    ]);
    const appLogged = await send(voiceCommandsRoute.POST as Handler, "POST", {
      transcript: "add tea",
      lang: "en-GB",
      intent: "create",
      success: true,
      processingMs: 3.2,
      confidence: 0.9,
      sessionId,
      deviceInfo: { recognition: "cloud" },
    });
    expect(appLogged.status).toBe(201);
  });
});
