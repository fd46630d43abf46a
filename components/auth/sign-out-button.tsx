"use client";

import { signOutAction } from "@/app/(auth)/actions";
import { clearOfflineCaches } from "../sync/service-worker";

/** Signing out also removes this person's offline copy from the browser (a shared computer keeps nothing). */
async function forgetLocalData() {
  clearOfflineCaches();
  const databases = (await indexedDB.databases?.()) ?? [];
  for (const db of databases) if (db.name?.startsWith("voice-todo")) indexedDB.deleteDatabase(db.name);
}

export function SignOutButton() {
  return (
    <form action={signOutAction} onSubmit={() => void forgetLocalData()}>
      <button type="submit" className="button">
        Sign out
      </button>
    </form>
  );
}
