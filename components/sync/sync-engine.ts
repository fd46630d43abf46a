import type { SyncCommand } from "@/lib/sync/protocol";
import { type LocalContext, materialize, mergePull, type Rows, todoIdsOf } from "@/lib/sync/replica";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import {
  appendToOutbox,
  dropOutboxEntry,
  type LocalDb,
  type LocalSnapshot,
  markFailed,
  type OutboxEntry,
  openLocalStore,
  readSnapshot,
  storePull,
} from "./local-store";

// Every change lands in IndexedDB and on screen at once, waits in the
// outbox, and is pushed to POST /api/sync: when the app starts, when it comes
// back online, every 30 s, when the tab becomes visible, right after a change,
// and when a real-time event says something changed elsewhere. One tab pushes
// at a time (Web Locks); the others hear about it on a BroadcastChannel.

const BATCH = 100;
const PERIOD_MS = 30_000;
const LOCK = "voice-todo-sync";

export type SyncStatus = {
  online: boolean;
  syncing: boolean;
  waiting: number;
  failed: OutboxEntry[];
  lastSyncedAt: string | null;
  lastError: string | null;
};

type SyncResponse = {
  syncToken: string;
  fullSync: boolean;
  syncStatus: Record<string, "ok" | { error: { code: string; message: string } }>;
  todos: TodoDto[];
  lists: ListDto[];
  removedListIds: string[];
};

export class SyncEngine {
  private db: LocalDb | undefined;
  private snapshot: LocalSnapshot = { todos: [], lists: [], outbox: [], syncToken: null, lastSyncedAt: null };
  private rows: Rows | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | null;
  private readonly cleanup: (() => void)[] = [];
  private syncing = false;
  private again = false;
  private lastError: string | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly started: Promise<void>;

  constructor(readonly userId: string) {
    this.channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(`${LOCK}:${userId}`);
    this.started = this.start();
  }

  /** Resolves once the local copy is readable (after a first full sync on a new device, when online). */
  ready(): Promise<void> {
    return this.started;
  }

  private async start(): Promise<void> {
    this.db = await openLocalStore(this.userId);
    await this.reload();
    const onChange = () => void this.sync();
    window.addEventListener("online", onChange);
    window.addEventListener("offline", () => this.emit());
    const onVisible = () => document.visibilityState === "visible" && void this.sync();
    document.addEventListener("visibilitychange", onVisible);
    const timer = setInterval(onChange, PERIOD_MS);
    this.cleanup.push(
      () => window.removeEventListener("online", onChange),
      () => document.removeEventListener("visibilitychange", onVisible),
      () => clearInterval(timer),
    );
    if (this.channel) this.channel.onmessage = () => void this.reload().then(() => this.emit());
    const first = this.sync();
    // A new device has nothing to show until its first pull.
    if (this.snapshot.syncToken === null && navigator.onLine) await first;
  }

  stop(): void {
    for (const fn of this.cleanup) fn();
    this.channel?.close();
    clearTimeout(this.retryTimer);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  private async reload(): Promise<void> {
    if (!this.db) return;
    this.snapshot = await readSnapshot(this.db);
    this.rows = undefined;
  }

  private context(): LocalContext {
    const inbox = this.snapshot.lists.find((l) => l.isDefault);
    return {
      now: new Date().toISOString(),
      defaultListId: inbox?.id ?? null,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
  }

  /** What the person sees: confirmed rows plus every waiting change. */
  visible(): Rows {
    if (!this.rows) {
      const base = mergePull(
        { todos: new Map(), lists: new Map() },
        { fullSync: true, todos: this.snapshot.todos, lists: this.snapshot.lists, removedListIds: [] },
      );
      const waiting = this.snapshot.outbox.filter((e) => e.state === "waiting").map((e) => e.command);
      this.rows = materialize(base, waiting, this.context());
    }
    return this.rows;
  }

  status(): SyncStatus {
    return {
      online: typeof navigator === "undefined" ? true : navigator.onLine,
      syncing: this.syncing,
      waiting: this.snapshot.outbox.filter((e) => e.state === "waiting").length,
      failed: this.snapshot.outbox.filter((e) => e.state === "failed"),
      lastSyncedAt: this.snapshot.lastSyncedAt,
      lastError: this.lastError,
    };
  }

  /** Per todo: waiting for the server, refused by it, or (absent) in sync. */
  todoStates(): Map<string, "pending" | "failed"> {
    const states = new Map<string, "pending" | "failed">();
    for (const entry of this.snapshot.outbox) {
      for (const id of todoIdsOf(entry.command)) {
        if (entry.state === "failed") states.set(id, "failed");
        else if (!states.has(id)) states.set(id, "pending");
      }
    }
    return states;
  }

  /** Applies a change locally at once and queues it for the server. */
  async enqueue(command: SyncCommand): Promise<void> {
    await this.started;
    if (!this.db) return;
    await appendToOutbox(this.db, command);
    await this.reload();
    this.emit();
    this.channel?.postMessage("changed");
    void this.sync();
  }

  async dismissFailed(seq: number): Promise<void> {
    if (!this.db) return;
    await dropOutboxEntry(this.db, seq);
    await this.reload();
    this.emit();
    this.channel?.postMessage("changed");
  }

  /** Pushes waiting commands and pulls what changed; safe to call any time, from any trigger. */
  async sync(): Promise<void> {
    if (!this.db) return;
    if (this.syncing) {
      this.again = true;
      return;
    }
    this.syncing = true;
    this.emit();
    try {
      const run = () => this.pushAndPull();
      if (typeof navigator !== "undefined" && navigator.locks) await navigator.locks.request(LOCK, run);
      else await run();
      this.lastError = null;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => void this.sync(), 5_000);
    } finally {
      this.syncing = false;
      this.emit();
      if (this.again) {
        this.again = false;
        void this.sync();
      }
    }
  }

  private async pushAndPull(): Promise<void> {
    const db = this.db;
    if (!db) return;
    for (;;) {
      await this.reload();
      const batch = this.snapshot.outbox.filter((e) => e.state === "waiting").slice(0, BATCH);
      const response = await fetch("/api/sync", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ syncToken: this.snapshot.syncToken, commands: batch.map((e) => e.command) }),
      });
      const body = (await response.json().catch(() => null)) as
        | (SyncResponse & { error?: { code: string; message: string } })
        | null;
      const refusedForGood =
        response.status >= 400 && response.status < 500 && ![401, 408, 429].includes(response.status);
      if (refusedForGood && body?.error && batch.length > 0) {
        // A batch the server will never take: park it where the person can see it, and go on.
        await markFailed(
          db,
          batch.map((e) => e.seq ?? 0),
          body.error,
        );
        continue;
      }
      if (!response.ok || !body || body.error) {
        // The whole batch was refused (not one command): hold it and say why.
        throw new Error(body?.error?.message ?? `Sync failed (${response.status})`);
      }
      const settled = batch.map((entry) => {
        const status = body.syncStatus[entry.command.uuid];
        return { seq: entry.seq ?? 0, error: status && status !== "ok" ? status.error : undefined };
      });
      await storePull(db, { ...body, settled });
      await this.reload();
      this.emit();
      this.channel?.postMessage("changed");
      if (batch.length < BATCH) return;
    }
  }
}
