"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type FormEvent, useState } from "react";
import { useFlag } from "../flags/flags-provider";
import { listsQuery } from "./queries";
import type { TodoView } from "./query-keys";
import { useCreateList } from "./use-list-mutations";

const SMART_VIEWS = [
  { href: "/todos?due=today", label: "Today", match: (v: TodoView) => v.due === "today" },
  { href: "/todos?due=week", label: "This week", match: (v: TodoView) => v.due === "week" },
  { href: "/todos?due=overdue", label: "Overdue", match: (v: TodoView) => v.due === "overdue" },
  {
    href: "/todos?status=completed",
    label: "Completed",
    match: (v: TodoView) => !v.list && !v.due && v.status === "completed" && !v.deleted,
  },
  { href: "/todos?view=trash", label: "Trash", match: (v: TodoView) => v.deleted },
] as const;

export function Sidebar({ view, onNavigate }: { view: TodoView; onNavigate?: () => void }) {
  const { data: lists = [] } = useQuery(listsQuery());
  // Lists others shared with the user (they own every list with role owner).
  const own = lists.filter((l) => l.role === "owner");
  const shared = lists.filter((l) => l.role !== "owner");
  const createList = useCreateList();
  const teams = useFlag("team_collaboration");
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    setError(null);
    createList.mutate(trimmed, { onSuccess: () => setName(""), onError: (e) => setError(e.message) });
  }

  return (
    <nav className="sidebar" aria-label="Lists and views">
      <ul className="nav-group">
        {SMART_VIEWS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="nav-link"
              aria-current={s.match(view) ? "page" : undefined}
              onClick={onNavigate}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="nav-heading">Lists</h2>
      <ul className="nav-group">
        {own.map((list) => (
          <li key={list.id}>
            <Link
              href={`/todos?list=${list.id}`}
              className="nav-link"
              aria-current={view.list === list.id && !view.due && !view.deleted ? "page" : undefined}
              onClick={onNavigate}
            >
              <span className="nav-label">{list.name}</span>
              {list.openCount > 0 && (
                <span className="nav-count">
                  {list.openCount}
                  <span className="visually-hidden"> open</span>
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
      {shared.length > 0 && (
        <>
          <h2 className="nav-heading">Shared with me</h2>
          <ul className="nav-group" aria-label="Shared with me">
            {shared.map((list) => (
              <li key={list.id}>
                <Link
                  href={`/todos?list=${list.id}`}
                  className="nav-link"
                  aria-current={view.list === list.id && !view.due && !view.deleted ? "page" : undefined}
                  onClick={onNavigate}
                >
                  <span className="nav-label">{list.name}</span>
                  {list.role === "viewer" && <span className="visually-hidden"> (view only)</span>}
                  {list.openCount > 0 && (
                    <span className="nav-count">
                      {list.openCount}
                      <span className="visually-hidden"> open</span>
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {teams && (
        <Link href="/teams" className="nav-link">
          Teams
        </Link>
      )}
      <form className="new-list" onSubmit={submit}>
        <label htmlFor="new-list-name" className="visually-hidden">
          New list name
        </label>
        <input
          id="new-list-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="New list"
          maxLength={80}
          autoComplete="off"
        />
        <button type="submit" className="button" disabled={!name.trim() || createList.isPending}>
          Add
        </button>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
      </form>
    </nav>
  );
}
