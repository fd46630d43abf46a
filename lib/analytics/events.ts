import { events } from "@/db/schema";
import type { Db, DbOrTx } from "@/lib/db";
import { log } from "@/lib/log";

/**
 * Every product event the launch metrics read, and what records it. A name
 * outside this registry does not compile, so a metric cannot silently wait
 * for an event nobody sends.
 */
export const EVENT_NAMES = {
  /** A guest identity was created (db/queries/users.ts): one new visitor. */
  visitor_created: "a new guest identity",
  /** An account was created by sign-up (lib/auth/accounts.ts); properties.upgradedGuest. */
  account_created: "a new account",
  /** A todo was created, by any path (db/queries/todos.ts createTodo); properties.via. */
  todo_created: "a todo was created",
  /** A voice or typed command was recorded (db/queries/voice.ts); properties.success, intent, language. */
  voice_command: "a voice command",
  /** The user made an authenticated request today: at most one per user and UTC day (lib/analytics/activity.ts). */
  active: "the user was active today",
  /** A beta invitation was accepted at sign-up (lib/invitations). */
  invitation_accepted: "an invitation was accepted",
} as const;

export type EventName = keyof typeof EVENT_NAMES;

export type EventInput = {
  userId: string | null;
  name: EventName;
  properties?: Record<string, unknown>;
  /** Only tests and back-fills set it; otherwise the database's now(). */
  at?: Date;
};

/**
 * Records one event and never throws: analytics must not fail the request
 * that caused it. Inside a caller's transaction the insert runs in a
 * savepoint, so a failed insert cannot abort the caller's transaction; and
 * when the caller rolls back, the event goes with it (no event for a todo
 * that was never created).
 */
export async function recordEvent(db: DbOrTx, input: EventInput): Promise<void> {
  try {
    // A transaction is a database too (PgTransaction extends PgDatabase): on one, this is a savepoint.
    const runner: Db = db;
    await runner.transaction(async (tx) => {
      await tx.insert(events).values({
        userId: input.userId,
        name: input.name,
        properties: input.properties ?? {},
        ...(input.at ? { createdAt: input.at } : {}),
      });
    });
  } catch (error) {
    log.warn("event not recorded", { event: input.name, userId: input.userId, error });
  }
}
