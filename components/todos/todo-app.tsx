"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { AccountMenu } from "../auth/account-menu";
import { useFlag } from "../flags/flags-provider";
import { SyncStatusIndicator } from "../sync/sync-status";
import { useTodoSyncStates } from "../sync/use-sync-status";
import { VoicePanel } from "../voice/voice-panel";
import { AddTodoForm } from "./add-todo-form";
import { ListHeader } from "./list-header";
import { listsQuery, todosQuery } from "./queries";
import type { TodoView } from "./query-keys";
import { Sidebar } from "./sidebar";
import { TodoItem } from "./todo-item";
import { useTimeZoneSync } from "./use-time-zone-sync";
import { useDeleteTodo, useReorderTodos, useRestoreTodo, useUpdateTodo } from "./use-todo-mutations";

const VIEW_TITLES = { today: "Today", week: "This week", overdue: "Overdue", upcoming: "Upcoming" } as const;

function statusHref(view: TodoView, status: TodoView["status"]): string {
  const p = new URLSearchParams();
  if (view.list) p.set("list", view.list);
  if (view.due) p.set("due", view.due);
  if (status !== "pending") p.set("status", status);
  const q = p.toString();
  return q ? `/todos?${q}` : "/todos";
}

export function TodoApp({
  view,
  account,
}: {
  view: TodoView;
  account: { name: string; isAdmin?: boolean } | null;
}) {
  const { data: lists = [] } = useQuery(listsQuery());
  const { data: todos = [], isError, error } = useQuery(todosQuery(view));
  const update = useUpdateTodo();
  const remove = useDeleteTodo();
  const restore = useRestoreTodo();
  const reorder = useReorderTodos();
  const syncStates = useTodoSyncStates();
  const [menuOpen, setMenuOpen] = useState(false);
  // Off (the kill switch, or not rolled out): no mic, no command box, no V shortcut.
  const voiceCommands = useFlag("voice_commands");
  useTimeZoneSync();
  const [notice, setNotice] = useState<{ text: string; undo?: () => void } | null>(null);

  const inbox = lists.find((l) => l.isDefault);
  const currentList = view.list ? lists.find((l) => l.id === view.list) : undefined;
  const listNames = new Map(lists.map((l) => [l.id, l.name]));
  const title = view.deleted
    ? "Trash"
    : view.due
      ? VIEW_TITLES[view.due]
      : (currentList?.name ?? (view.status === "completed" ? "Completed" : "All todos"));

  // Client-side filter so that a completed or deleted todo leaves the view at once.
  const visible = todos.filter((t) => {
    if (view.deleted) return true;
    if (view.list && t.listId !== view.list) return false;
    return view.status === "all" || t.status === view.status;
  });
  const canReorder = Boolean(view.list) && view.sort === "position" && view.status === "pending" && !view.due;

  function move(index: number, direction: -1 | 1) {
    const target = index + direction;
    const listId = view.list;
    if (!listId || target < 0 || target >= visible.length) return;
    const ids = visible.map((t) => t.id);
    const [moved] = ids.splice(index, 1);
    if (moved) ids.splice(target, 0, moved);
    reorder.mutate({ listId, ids });
  }

  function deleteTodo(id: string, name: string) {
    remove.mutate(id, {
      onSuccess: () => setNotice({ text: `Moved "${name}" to the trash.`, undo: () => restore.mutate(id) }),
      onError: (e) => setNotice({ text: e.message }),
    });
  }

  return (
    <div className="app">
      <header className="app-header">
        <button
          type="button"
          className="icon-button menu-button"
          aria-expanded={menuOpen}
          aria-controls="app-sidebar"
          onClick={() => setMenuOpen((o) => !o)}
          aria-label="Lists and views"
        >
          ☰
        </button>
        <Link href="/" className="brand">
          Voice Todo
        </Link>
        <div className="header-end">
          <SyncStatusIndicator />
          <AccountMenu account={account} />
        </div>
      </header>
      <div className="app-body">
        <div id="app-sidebar" className={`sidebar-wrap ${menuOpen ? "open" : ""}`}>
          <Sidebar view={view} onNavigate={() => setMenuOpen(false)} />
        </div>
        <main className="main" aria-labelledby="view-title">
          <ListHeader
            title={title}
            list={currentList}
            view={view}
            hasCompleted={todos.some((t) => t.status === "completed")}
          />
          {voiceCommands && <VoicePanel />}
          {!view.deleted && <AddTodoForm lists={lists} defaultListId={currentList?.id ?? inbox?.id} />}
          {!view.deleted && (
            <nav className="tabs" aria-label="Show">
              {(["pending", "completed", "all"] as const).map((s) => (
                <Link
                  key={s}
                  href={statusHref(view, s)}
                  className="tab"
                  aria-current={view.status === s ? "page" : undefined}
                >
                  {s === "pending" ? "Open" : s === "completed" ? "Completed" : "All"}
                </Link>
              ))}
            </nav>
          )}
          {isError && (
            <p role="alert" className="form-error">
              Could not load todos: {error.message}
            </p>
          )}
          {visible.length === 0 ? (
            <EmptyState view={view} />
          ) : (
            <ul className="todo-list" aria-label={`${title} todos`}>
              {visible.map((todo, index) => (
                <TodoItem
                  key={todo.id}
                  todo={todo}
                  syncState={syncStates.get(todo.id)}
                  listName={view.list ? undefined : listNames.get(todo.listId)}
                  onToggle={() =>
                    update.mutate(
                      {
                        id: todo.id,
                        patch: { status: todo.status === "completed" ? "pending" : "completed" },
                      },
                      { onError: (e) => setNotice({ text: e.message }) },
                    )
                  }
                  onDelete={() => deleteTodo(todo.id, todo.title)}
                  onRestore={view.deleted ? () => restore.mutate(todo.id) : undefined}
                  onRename={(t) =>
                    update.mutate(
                      { id: todo.id, patch: { title: t } },
                      { onError: (e) => setNotice({ text: e.message }) },
                    )
                  }
                  onMove={canReorder ? (d) => move(index, d) : undefined}
                />
              ))}
            </ul>
          )}
        </main>
      </div>
      {notice && (
        <div className="toast" role="status">
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              className="button"
              onClick={() => {
                notice.undo?.();
                setNotice(null);
              }}
            >
              Undo
            </button>
          )}
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setNotice(null)}>
            ✕
          </button>
        </div>
      )}
    </div>
  );
}

function EmptyState({ view }: { view: TodoView }) {
  const text = view.deleted
    ? "The trash is empty."
    : view.status === "completed"
      ? "Nothing completed here yet."
      : view.due === "overdue"
        ? "Nothing overdue. Well done."
        : view.due
          ? "Nothing due. Enjoy the free time."
          : "No todos yet. Add your first one above.";
  return <p className="empty">{text}</p>;
}
