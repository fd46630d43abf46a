"use client";

import { useSyncExternalStore } from "react";
import type { SyncStatus } from "./sync-engine";
import { getSyncEngine } from "./sync-provider";

const OFFLINE_FIRST_PAINT: SyncStatus = {
  online: true,
  syncing: false,
  waiting: 0,
  failed: [],
  lastSyncedAt: null,
  lastError: null,
};

function subscribe(listener: () => void): () => void {
  try {
    return getSyncEngine().subscribe(listener);
  } catch {
    return () => {};
  }
}

// useSyncExternalStore wants the same object until something changed.
let lastStatus: SyncStatus = OFFLINE_FIRST_PAINT;
let lastKey = "";
function snapshot(): SyncStatus {
  try {
    const status = getSyncEngine().status();
    const key = JSON.stringify(status);
    if (key !== lastKey) {
      lastKey = key;
      lastStatus = status;
    }
    return lastStatus;
  } catch {
    return OFFLINE_FIRST_PAINT;
  }
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, snapshot, () => OFFLINE_FIRST_PAINT);
}

let lastStates = new Map<string, "pending" | "failed">();
let lastStatesKey = "";
function statesSnapshot(): Map<string, "pending" | "failed"> {
  try {
    const states = getSyncEngine().todoStates();
    const key = JSON.stringify([...states]);
    if (key !== lastStatesKey) {
      lastStatesKey = key;
      lastStates = states;
    }
    return lastStates;
  } catch {
    return lastStates;
  }
}
const EMPTY = new Map<string, "pending" | "failed">();

/** Which todos are waiting for the server or were refused by it. */
export function useTodoSyncStates(): Map<string, "pending" | "failed"> {
  return useSyncExternalStore(subscribe, statesSnapshot, () => EMPTY);
}
