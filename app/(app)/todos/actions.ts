"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createTodo, softDeleteTodo, updateTodo } from "@/db/queries/todos";
import { getPreferences } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/current-user";
import { invalidateUser } from "@/lib/cache";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { validationError } from "@/lib/http/errors";
import { enforceRateLimit } from "@/lib/http/route";
import { log } from "@/lib/log";
import { rateLimitIdentifier } from "@/lib/rate-limit";
import { createTodoInput, idSchema } from "@/lib/todos/schemas";

// Server actions serve the forms, so that adding, completing and deleting
// work before JavaScript has loaded. With JavaScript the same forms go
// through the JSON API with optimistic updates instead.

export type ActionState = { error?: string; ok?: boolean };

const blankToUndefined = (v: FormDataEntryValue | null) =>
  typeof v === "string" && v.trim() !== "" ? v : undefined;

async function run(work: () => Promise<string>): Promise<ActionState> {
  try {
    const userId = await work();
    await invalidateUser(userId);
    revalidatePath("/todos");
    return { ok: true };
  } catch (error) {
    if (error instanceof z.ZodError) return { error: validationError(error).message };
    if (error instanceof AppError) return { error: error.message };
    log.error("server action failed", { error });
    return { error: "Something went wrong on our side. Please try again." };
  }
}

export async function addTodoAction(_state: ActionState, form: FormData): Promise<ActionState> {
  return run(async () => {
    const user = await requireUser();
    await enforceRateLimit("writes", rateLimitIdentifier({ userId: user.id }));
    const input = createTodoInput.parse({
      title: form.get("title"),
      listId: blankToUndefined(form.get("listId")),
      dueDate: blankToUndefined(form.get("dueDate")),
      dueTime: blankToUndefined(form.get("dueTime")),
      priority: blankToUndefined(form.get("priority")),
    });
    const db = await getDb();
    const prefs = await getPreferences(db, { userId: user.id });
    await createTodo(db, {
      userId: user.id,
      input,
      timeZone: prefs.timeZone,
      recurrenceBasis: prefs.recurrenceBasis,
    });
    return user.id;
  });
}

const todoAction = z.object({ id: idSchema, intent: z.enum(["complete", "reopen", "delete"]) });

export async function todoFormAction(form: FormData): Promise<void> {
  await run(async () => {
    const { id, intent } = todoAction.parse({ id: form.get("id"), intent: form.get("intent") });
    const user = await requireUser();
    const db = await getDb();
    if (intent === "delete") await softDeleteTodo(db, { userId: user.id, id });
    else
      await updateTodo(db, {
        userId: user.id,
        id,
        patch: { status: intent === "complete" ? "completed" : "pending" },
      });
    return user.id;
  });
}
