"use client";

import { useQuery } from "@tanstack/react-query";
import { type KeyboardEvent, useState } from "react";
import { todoFormAction } from "@/app/(app)/todos/actions";
import { membersQuery } from "@/components/sharing/sharing-api";
import type { TodoDto } from "@/lib/todos/schemas";
import { useFlag } from "../flags/flags-provider";
import { formatDue } from "./format-due";
import { preferencesQuery } from "./queries";

type Props = {
  todo: TodoDto;
  syncState?: "pending" | "failed";
  listName?: string;
  onToggle: () => void;
  onDelete: () => void;
  onRestore?: () => void;
  onRename: (title: string) => void;
  onMove?: (direction: -1 | 1) => void;
};

const PRIORITY_LABEL = { low: "Low", medium: "Medium", high: "High", urgent: "Urgent" } as const;

export function TodoItem({
  todo,
  syncState,
  listName,
  onToggle,
  onDelete,
  onRestore,
  onRename,
  onMove,
}: Props) {
  const [editing, setEditing] = useState(false);
  const { data: prefs } = useQuery(preferencesQuery());
  const due = formatDue(todo, prefs?.hour12 ?? false);
  const done = todo.status === "completed";
  // On a shared list, who added, is assigned and completed each todo.
  const { data: members } = useQuery(membersQuery(todo.listId, useFlag("team_collaboration")));
  const people = members && members.people.length > 1 ? members.people : [];
  const nameOf = (id: string | null) => (id ? people.find((p) => p.userId === id)?.name : undefined);
  const createdBy = nameOf(todo.createdBy);
  const assignee = nameOf(todo.assigneeId);
  const completedBy = done ? nameOf(todo.completedBy) : undefined;

  function finishEdit(value: string) {
    setEditing(false);
    const title = value.trim();
    if (title && title !== todo.title) onRename(title);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (!onMove || !event.altKey) return;
    if (event.key === "ArrowUp" || event.key === "ArrowDown") {
      event.preventDefault();
      onMove(event.key === "ArrowUp" ? -1 : 1);
    }
  }

  return (
    <li
      className={`todo ${done ? "todo-done" : ""}`}
      data-testid="todo"
      data-sync={syncState ?? "synced"}
      data-priority={todo.priority}
      onKeyDown={onKeyDown}
    >
      {onRestore ? (
        <button type="button" className="button" onClick={onRestore}>
          Restore
        </button>
      ) : (
        <form
          action={todoFormAction}
          onSubmit={(e) => {
            e.preventDefault();
            onToggle();
          }}
        >
          <input type="hidden" name="id" value={todo.id} />
          <input type="hidden" name="intent" value={done ? "reopen" : "complete"} />
          <button
            type="submit"
            className="todo-check"
            aria-label={done ? `Reopen "${todo.title}"` : `Complete "${todo.title}"`}
          >
            <span aria-hidden="true">{done ? "✓" : ""}</span>
          </button>
        </form>
      )}
      <div className="todo-body">
        {editing ? (
          <input
            className="todo-edit"
            defaultValue={todo.title}
            aria-label="Edit title"
            maxLength={500}
            // biome-ignore lint/a11y/noAutofocus: the user just asked to edit this title
            autoFocus
            onBlur={(e) => finishEdit(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") finishEdit(e.currentTarget.value);
              if (e.key === "Escape") setEditing(false);
            }}
          />
        ) : (
          <button
            type="button"
            className="todo-title"
            onDoubleClick={() => setEditing(true)}
            onKeyDown={(e) => e.key === "F2" && setEditing(true)}
          >
            {todo.title}
          </button>
        )}
        <div className="todo-meta">
          {due && <span className={`badge due-${due.tone}`}>{due.text}</span>}
          {todo.priority !== "medium" && (
            <span className={`badge priority-${todo.priority}`}>
              {PRIORITY_LABEL[todo.priority]} priority
            </span>
          )}
          {todo.recurrence && (
            <span className="badge" title={todo.recurrence}>
              Repeats
            </span>
          )}
          {listName && <span className="badge badge-list">{listName}</span>}
          {assignee && <span className="badge badge-assignee">Assigned to {assignee}</span>}
          {createdBy && <span className="badge badge-person">Added by {createdBy}</span>}
          {completedBy && <span className="badge badge-person">Done by {completedBy}</span>}
          {syncState === "pending" && <span className="badge badge-sync-pending">Waiting to sync</span>}
          {syncState === "failed" && <span className="badge badge-sync-failed">Not saved</span>}
          {todo.tags.map((tag) => (
            <span key={tag} className="badge badge-tag">
              #{tag}
            </span>
          ))}
        </div>
      </div>
      <div className="todo-actions">
        {!onRestore && (
          <button
            type="button"
            className="icon-button"
            onClick={() => setEditing(true)}
            aria-label={`Rename "${todo.title}"`}
          >
            ✎
          </button>
        )}
        {onMove && (
          <>
            <button
              type="button"
              className="icon-button"
              onClick={() => onMove(-1)}
              aria-label={`Move "${todo.title}" up`}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => onMove(1)}
              aria-label={`Move "${todo.title}" down`}
            >
              ↓
            </button>
          </>
        )}
        {!onRestore && (
          <form
            action={todoFormAction}
            onSubmit={(e) => {
              e.preventDefault();
              onDelete();
            }}
          >
            <input type="hidden" name="id" value={todo.id} />
            <input type="hidden" name="intent" value="delete" />
            <button type="submit" className="icon-button icon-danger" aria-label={`Delete "${todo.title}"`}>
              ✕
            </button>
          </form>
        )}
      </div>
    </li>
  );
}
