"use client";

import { useState } from "react";
import type { SyncCommand } from "@/lib/sync/protocol";
import { getSyncEngine } from "./sync-provider";
import { useSyncStatus } from "./use-sync-status";

const DESCRIBE: Record<SyncCommand["type"], string> = {
  todo_add: "Add",
  todo_update: "Change",
  todo_complete: "Complete",
  todo_uncomplete: "Reopen",
  todo_delete: "Delete",
  todo_restore: "Restore",
  todo_reorder: "Reorder",
  todo_clear_completed: "Clear completed",
  list_add: "New list",
  list_update: "Change list",
  list_delete: "Delete list",
};

function label(command: SyncCommand): string {
  const args = command.args as { title?: string; name?: string; patch?: { title?: string; name?: string } };
  const what = args.title ?? args.name ?? args.patch?.title ?? args.patch?.name;
  return what ? `${DESCRIBE[command.type]} “${what}”` : DESCRIBE[command.type];
}

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" });

/** What is waiting to sync, what the server refused, and when the last sync was. */
export function SyncStatusIndicator() {
  const status = useSyncStatus();
  const [open, setOpen] = useState(false);
  const text = !status.online
    ? `Offline${status.waiting ? ` · ${status.waiting} waiting` : ""}`
    : status.waiting
      ? `${status.waiting} waiting to sync`
      : status.syncing
        ? "Syncing…"
        : status.lastSyncedAt
          ? `Synced ${time(status.lastSyncedAt)}`
          : "Not synced yet";
  return (
    <div className="sync-status">
      <button
        type="button"
        className={`sync-pill ${status.online ? "" : "sync-offline"} ${status.failed.length ? "sync-failed" : ""}`}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        data-testid="sync-status"
      >
        <span className="sync-dot" aria-hidden="true" />
        {text}
        {status.failed.length > 0 && ` · ${status.failed.length} not saved`}
      </button>
      {open && (
        <div className="sync-panel" role="dialog" aria-label="Sync details">
          <p>
            {status.lastSyncedAt ? `Last synced at ${time(status.lastSyncedAt)}.` : "Not synced yet."}{" "}
            {status.waiting ? `${status.waiting} changes are waiting to be sent.` : "Nothing is waiting."}
          </p>
          {status.lastError && <p className="form-error">Last attempt: {status.lastError}</p>}
          {status.failed.length > 0 && (
            <ul className="sync-failed-list" aria-label="Changes the server refused">
              {status.failed.map((entry) => (
                <li key={entry.seq}>
                  <span>
                    {label(entry.command)}: {entry.error?.message ?? "refused"}
                  </span>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void getSyncEngine().dismissFailed(entry.seq ?? 0)}
                  >
                    Dismiss
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button"
            onClick={() => void getSyncEngine().sync()}
            disabled={!status.online}
          >
            Sync now
          </button>
        </div>
      )}
    </div>
  );
}
