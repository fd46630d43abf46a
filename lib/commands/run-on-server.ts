import "server-only";
import { getListsForUser } from "@/db/queries/lists";
import { getListMembers } from "@/db/queries/sharing";
import { getTodosForUser } from "@/db/queries/todos";
import { getPreferences } from "@/db/queries/users";
import { recordVoiceCommand } from "@/db/queries/voice";
import { localDateTimeOf } from "@/lib/dates/zoned";
import type { Db, DbOrTx } from "@/lib/db";
import { parseUtterance } from "@/lib/voice";
import type { VoiceCommand } from "@/lib/voice/types";
import { executePlan, succeeded } from "./execute";
import { parserTodos, toKnownList, toKnownTodo } from "./known";
import { planCommands } from "./plan";
import { describeOutcomes, langOf, type Outcome } from "./reply";
import type { VoiceRequest } from "./schemas";
import { serverTodoPort } from "./server-port";
import type { KnownPeople, KnownTodo } from "./types";

export type VoiceResponse = {
  commands: VoiceCommand[];
  needsConfirmation: boolean;
  outcomes: Outcome[];
  reply: string;
  todos: KnownTodo[];
};

/**
 * POST /api/voice: parse with the user's own lists and todos, carry the
 * commands out in one transaction, record them, and say what was done.
 */
export async function runVoiceCommandOnServer(
  db: Db,
  userId: string,
  request: VoiceRequest,
): Promise<VoiceResponse> {
  const started = performance.now();
  const prefs = await getPreferences(db, { userId });
  const timeZone = request.timeZone ?? prefs.timeZone;
  const localNow = localDateTimeOf(new Date(), timeZone);
  const today = localNow.slice(0, 10);
  const lang = langOf(request.lang);

  return db.transaction(async (tx) => {
    const [todoDtos, listDtos] = await Promise.all([
      getTodosForUser(tx, {
        userId,
        timeZone,
        filter: { status: "all", deleted: false, sort: "position", limit: 2000 },
      }),
      getListsForUser(tx, { userId }),
    ]);
    const todos = todoDtos.map(toKnownTodo);
    const lists = listDtos.map(toKnownList);
    const { commands } = parseUtterance({
      text: request.text,
      lang: request.lang,
      now: localNow,
      timeZone,
      lists: lists.map((l) => l.name),
      todos: parserTodos(todos, lists),
    });
    const plan = planCommands(commands, {
      todos,
      lists,
      people: await peopleFor(tx, userId, commands, todos),
      transcript: request.text,
      newId: () => crypto.randomUUID(),
    });
    if (plan.needsConfirmation && !request.confirm) {
      const reply = {
        en: "Are you sure? Send again with confirm: true.",
        es: "¿Seguro? Envía de nuevo con confirm: true.",
        de: "Sicher? Sende erneut mit confirm: true.",
      }[lang];
      return { commands, needsConfirmation: true, outcomes: [], reply, todos: [] };
    }
    const result = await executePlan(
      plan,
      {
        todos,
        lists,
        transcript: request.text,
        today,
        now: { date: today, time: localNow.slice(11, 16) },
        weekStart: prefs.weekStart,
      },
      serverTodoPort(tx, { userId, timeZone }),
    );
    const confidences = commands.map((c) => c.confidence);
    await recordVoiceCommand(tx, {
      userId,
      sessionId: request.sessionId,
      transcript: request.text,
      language: request.lang,
      intent: commands[0]?.intent ?? "unknown",
      success: succeeded(result),
      processingMs: performance.now() - started,
      confidence: confidences.length ? Math.min(...confidences) : null,
      todoIds: result.changed.map((t) => t.id),
      source: "api",
      undo: result.inverse.length ? result.inverse : null,
      deviceInfo: { recognition: "typed" },
    });
    return {
      commands,
      needsConfirmation: false,
      outcomes: result.outcomes,
      reply: describeOutcomes(result.outcomes, lang, today),
      todos: result.changed,
    };
  });
}

/** The members of the lists an "assign" command's todos are on (asked only when one was said). */
async function peopleFor(
  db: DbOrTx,
  userId: string,
  commands: VoiceCommand[],
  todos: KnownTodo[],
): Promise<KnownPeople> {
  const people: KnownPeople = {};
  for (const command of commands) {
    if (command.intent !== "assign") continue;
    const ids = [command.target, ...(command.candidates ?? [])];
    for (const listId of new Set(todos.filter((t) => ids.includes(t.id)).map((t) => t.listId))) {
      people[listId] ??= (await getListMembers(db, { userId, listId })).people;
    }
  }
  return people;
}
