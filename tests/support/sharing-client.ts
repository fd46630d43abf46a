import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDefaultListId } from "@/db/queries/lists";
import { getOrCreateGuestUser } from "@/db/queries/users";
import { flagOverrides, users } from "@/db/schema";
import { GUEST_COOKIE, newGuestToken } from "@/lib/auth/guest-token";
import { getDb, getDbHandle } from "@/lib/db";
import { forgetFlagOverrides } from "@/lib/flags/evaluate";
import { createTestDatabase, type TestDatabase } from "./test-database";

// Route handlers called as Next would, with nested params, for the sharing,
// calendar and import tests. People are guests (a cookie) that can be turned
// into accounts (an email) without going through sign-up.

export type Person = { token: string; id: string; inbox: string };
type AnyHandler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
export type Reply = {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string; details?: unknown } };
  text: string;
  headers: Headers;
};

let database: TestDatabase | undefined;

export async function setUpDatabase(prefix: string): Promise<void> {
  delete process.env.ABLY_API_KEY;
  if (process.env.TEST_DATABASE_URL) {
    database = await createTestDatabase(process.env.TEST_DATABASE_URL, prefix);
    process.env.DATABASE_URL = database.url;
    const { migrateServerDatabase } = await import("@/scripts/db-migrate");
    await migrateServerDatabase();
  } else {
    process.env.DATA_DIR = "memory://";
  }
}

export async function tearDownDatabase(): Promise<void> {
  await (await getDbHandle()).close();
  await database?.drop();
}

/** Turns a flag on (or off) for everyone, the way an operator's override does. */
export async function setFlag(
  flag: "team_collaboration" | "real_time_sync",
  enabled: boolean,
): Promise<void> {
  const db = await getDb();
  await db
    .insert(flagOverrides)
    .values({ flag, environment: "all", enabled, reason: "test" })
    .onConflictDoUpdate({ target: [flagOverrides.flag, flagOverrides.environment], set: { enabled } });
  forgetFlagOverrides(db);
}

export const setTeamCollaboration = (enabled: boolean) => setFlag("team_collaboration", enabled);

export async function guest(): Promise<Person> {
  const token = newGuestToken();
  const db = await getDb();
  const user = await getOrCreateGuestUser(db, createHash("sha256").update(token).digest("hex"));
  return { token, id: user.id, inbox: await getDefaultListId(db, { userId: user.id }) };
}

/** A person with an account (email and name), still reached through their cookie here. */
export async function account(name: string): Promise<Person & { email: string; name: string }> {
  const person = await guest();
  const email = `${name.toLowerCase()}-${person.id.slice(0, 8)}@example.com`;
  await (await getDb()).update(users).set({ email, name, isAnonymous: false }).where(eq(users.id, person.id));
  return { ...person, email, name };
}

export async function call(
  handler: unknown,
  method: string,
  path: string,
  options: {
    as?: Person;
    params?: Record<string, string>;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.as) headers.cookie = `${GUEST_COOKIE}=${options.as.token}`;
  const init: RequestInit = { method, headers };
  if (options.body !== undefined) {
    init.body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await (handler as AnyHandler)(new Request(`http://localhost:3000${path}`, init), {
    params: Promise.resolve(options.params ?? {}),
  });
  const text = await response.text();
  let body: Reply["body"] = {};
  if (text && (response.headers.get("content-type") ?? "").includes("json")) body = JSON.parse(text);
  return { status: response.status, body, text, headers: response.headers };
}
