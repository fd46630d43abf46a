"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { queryKeys } from "../todos/query-keys";
import { loadParser } from "../voice/use-voice-commands";
import { connectRealtime } from "./realtime-client";
import { registerServiceWorker } from "./service-worker";
import { SyncEngine } from "./sync-engine";

// One engine per browser tab and user. Query functions and mutations reach it
// through getSyncEngine(); whenever it changes (a local change, a pull, another
// tab), every todo and list query re-reads the local copy.

let current: SyncEngine | null = null;

export function getSyncEngine(): SyncEngine {
  if (!current) throw new Error("The sync engine has not started");
  return current;
}

function engineFor(userId: string): SyncEngine {
  if (current?.userId !== userId) {
    current?.stop();
    current = new SyncEngine(userId);
  }
  return current;
}

/** `realtime`: the real_time_sync flag, evaluated on the server; off, changes elsewhere arrive on the next pull. */
export function SyncProvider({
  userId,
  realtime = false,
  children,
}: {
  userId: string;
  realtime?: boolean;
  children: ReactNode;
}) {
  const client = useQueryClient();
  const [engine] = useState(() => (typeof window === "undefined" ? null : engineFor(userId)));
  useEffect(() => {
    registerServiceWorker()
      // Once the page is settled and the worker can cache it: voice must work offline too.
      .then(() => loadParser())
      .catch(() => {
        // Without a service worker the app still works online; offline reloads won't.
      });
  }, []);
  useEffect(() => {
    if (!engine || !realtime) return;
    // A notice that something changed elsewhere: pull, as on any other trigger.
    return connectRealtime(() => void engine.sync());
  }, [engine, realtime]);
  useEffect(() => {
    if (!engine) return;
    return engine.subscribe(() => {
      void client.invalidateQueries({ queryKey: queryKeys.todos() });
      void client.invalidateQueries({ queryKey: queryKeys.lists() });
      void client.invalidateQueries({ queryKey: queryKeys.syncStatus() });
    });
  }, [engine, client]);
  return children;
}
