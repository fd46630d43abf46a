"use client";

import { type FormEvent, useActionState, useRef, useState } from "react";
import { addTodoAction } from "@/app/(app)/todos/actions";
import type { ListDto } from "@/lib/todos/schemas";
import { browserTimeZone } from "./use-time-zone-sync";
import { useCreateTodo } from "./use-todo-mutations";

type Props = { lists: ListDto[]; defaultListId: string | undefined };

// Without JavaScript the form posts to a server action; once hydrated it goes
// through the API with an optimistic update, so the todo shows at once.
export function AddTodoForm({ lists, defaultListId }: Props) {
  const [state, formAction] = useActionState(addTodoAction, {});
  const createTodo = useCreateTodo();
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get("title") ?? "").trim();
    const listId = String(form.get("listId") ?? "") || defaultListId;
    if (!title || !listId) return;
    const dueDate = String(form.get("dueDate") ?? "") || null;
    const dueTime = dueDate ? String(form.get("dueTime") ?? "") || null : null;
    const priority = String(form.get("priority") ?? "medium") as "low" | "medium" | "high" | "urgent";
    setError(null);
    createTodo.mutate(
      { id: crypto.randomUUID(), title, listId, dueDate, dueTime, priority, timeZone: browserTimeZone() },
      { onError: (e) => setError(e.message) },
    );
    event.currentTarget.reset();
    titleRef.current?.focus();
  }

  const message = error ?? state.error;
  return (
    <form className="add-todo" action={formAction} onSubmit={submit} aria-label="Add a todo">
      <div className="add-todo-main">
        <label htmlFor="add-title" className="visually-hidden">
          Todo
        </label>
        <input
          ref={titleRef}
          id="add-title"
          name="title"
          placeholder="Add a todo…"
          maxLength={500}
          required
          autoComplete="off"
        />
        <button type="submit" className="button button-primary">
          Add
        </button>
      </div>
      <div className="add-todo-details">
        <label>
          <span>Due</span>
          <input type="date" name="dueDate" />
        </label>
        <label>
          <span>Time</span>
          <input type="time" name="dueTime" />
        </label>
        <label>
          <span>Priority</span>
          <select name="priority" defaultValue="medium">
            <option value="low">Low</option>
            <option value="medium">Medium</option>
            <option value="high">High</option>
            <option value="urgent">Urgent</option>
          </select>
        </label>
        <label>
          <span>List</span>
          <select name="listId" key={defaultListId} defaultValue={defaultListId}>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {message && (
        <p role="alert" className="form-error">
          {message}
        </p>
      )}
    </form>
  );
}
