import { applySyncBatch, getChangesSince } from "@/db/queries/sync";
import { getPreferences } from "@/db/queries/users";
import { readJson } from "@/lib/http/body";
import { authedRoute } from "@/lib/http/route";
import { announceSyncedChanges } from "@/lib/realtime/announce";
import { SYNC_MAX_BODY_BYTES } from "@/lib/sync/limits";
import { syncRequest } from "@/lib/sync/protocol";
import { namedRows } from "@/lib/sync/targets";

// POST /api/sync - apply a batch of offline commands once each, then return every change since the token
export const POST = authedRoute(async ({ request, user, db }) => {
  const body = await readJson(request, syncRequest, SYNC_MAX_BODY_BYTES);
  // A pure pull (no commands) needs no preferences: they only default new todos.
  const prefs = body.commands.length > 0 ? await getPreferences(db, { userId: user.id }) : undefined;
  const batch = await applySyncBatch(db, {
    userId: user.id,
    request: body,
    timeZone: prefs?.timeZone ?? "UTC",
    recurrenceBasis: prefs?.recurrenceBasis ?? "due",
  });
  // batch.changed (todo and list ids; retried commands excluded) is what the
  // real-time publisher (lib/realtime) announces to the user's other devices
  // and the lists' members: every command is committed by this point.
  const changes = await getChangesSince(db, {
    userId: user.id,
    token: body.syncToken,
    named: namedRows(body.commands),
  });
  announceSyncedChanges(user.id, batch.changed, changes.todos);
  return {
    syncToken: changes.syncToken,
    fullSync: changes.fullSync,
    syncStatus: batch.syncStatus,
    todos: changes.todos,
    lists: changes.lists,
    removedListIds: changes.removedListIds,
  };
});
