"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ShareDialog } from "@/components/sharing/share-dialog";
import type { ListDto } from "@/lib/todos/schemas";
import { useFlag } from "../flags/flags-provider";
import type { TodoView } from "./query-keys";
import { useDeleteList, useRenameList } from "./use-list-mutations";
import { useClearCompleted } from "./use-todo-mutations";

type Props = { title: string; list: ListDto | undefined; view: TodoView; hasCompleted: boolean };

export function ListHeader({ title, list, view, hasCompleted }: Props) {
  const router = useRouter();
  const rename = useRenameList();
  const removeList = useDeleteList();
  const clear = useClearCompleted();
  const [error, setError] = useState<string | null>(null);
  const manageable = list && !list.isDefault && list.role === "owner";
  const sharing = useFlag("team_collaboration") && list && !list.isDefault;
  const [sharingOpen, setSharingOpen] = useState(false);

  function renameList() {
    if (!list) return;
    const name = window.prompt("Rename list", list.name)?.trim();
    if (name && name !== list.name)
      rename.mutate({ id: list.id, name }, { onError: (e) => setError(e.message) });
  }

  function deleteList() {
    if (!list || !window.confirm(`Delete the list "${list.name}"? Its todos go to the trash.`)) return;
    removeList.mutate(list.id, {
      onSuccess: () => router.push("/todos"),
      onError: (e) => setError(e.message),
    });
  }

  return (
    <div className="view-header">
      <h1 id="view-title">{title}</h1>
      <div className="view-actions">
        {hasCompleted && !view.deleted && view.status !== "pending" && (
          <button
            type="button"
            className="button"
            onClick={() => {
              if (window.confirm("Move all completed todos here to the trash?")) clear.mutate(view.list);
            }}
          >
            Clear completed
          </button>
        )}
        {sharing && (
          <button
            type="button"
            className="button"
            aria-expanded={sharingOpen}
            onClick={() => setSharingOpen((open) => !open)}
          >
            {list.role === "owner" ? "Share" : "Members"}
          </button>
        )}
        {manageable && (
          <>
            <button type="button" className="button" onClick={renameList}>
              Rename
            </button>
            <button type="button" className="button button-danger" onClick={deleteList}>
              Delete list
            </button>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {sharing && sharingOpen && <ShareDialog list={list} onClose={() => setSharingOpen(false)} />}
    </div>
  );
}
