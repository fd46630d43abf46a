import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createAccount, findUserByEmail, getAccount, mergeGuestInto } from "@/db/queries/accounts";
import { insertApiToken, listApiTokens, revokeApiToken, userForApiToken } from "@/db/queries/api-tokens";
import { createList, getListsForUser } from "@/db/queries/lists";
import { createTodo, getTodosForUser, updateTodo } from "@/db/queries/todos";
import { getOrCreateGuestUser } from "@/db/queries/users";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { todoFilterSchema } from "@/lib/todos/schemas";
import { type OpenedDatabase, testDatabaseKinds } from "../support/databases";

const all = { ...todoFilterSchema.parse({ status: "all" }), limit: 500 };

describe.each(testDatabaseKinds())("accounts on $name", (kind) => {
  let opened: OpenedDatabase;
  let db: Db;
  beforeAll(async () => {
    opened = await kind.open();
    db = opened.handle.db;
  });
  afterAll(() => opened.close());

  let guest: string;
  beforeEach(async () => {
    guest = (await getOrCreateGuestUser(db, `guest-${crypto.randomUUID()}`)).id;
  });

  const titles = async (userId: string) =>
    (await getTodosForUser(db, { userId, filter: all, timeZone: "UTC" })).map((t) => t.title).sort();

  test("a guest who signs up keeps every todo: the guest becomes the account", async () => {
    await createTodo(db, { userId: guest, input: { title: "Guest todo" }, timeZone: "UTC" });
    const email = `${crypto.randomUUID()}@example.com`;
    const account = await createAccount(db, { email, name: "Ann", passwordHash: "h", guestId: guest });
    expect(account).toEqual({ id: guest, upgradedGuest: true });
    expect(await titles(guest)).toEqual(["Guest todo"]);
    const row = await getAccount(db, { userId: guest });
    expect(row).toMatchObject({ email, isAnonymous: false, name: "Ann" });
  });

  test("emails are unique whatever their case", async () => {
    const email = `${crypto.randomUUID()}@example.com`;
    await createAccount(db, { email, name: "A", passwordHash: "h" });
    await expect(
      createAccount(db, { email: email.toUpperCase(), name: "B", passwordHash: "h" }),
    ).rejects.toBeInstanceOf(AppError);
    expect((await findUserByEmail(db, { email: email.toUpperCase() }))?.name).toBe("A");
  });

  test("signing into an existing account merges the guest's todos: lists by name, Inbox into Inbox, nothing lost or doubled", async () => {
    const { id: account } = await createAccount(db, {
      email: `${crypto.randomUUID()}@example.com`,
      name: "A",
      passwordHash: "h",
    });
    const accountShopping = await createList(db, { userId: account, input: { name: "Shopping" } });
    await createTodo(db, {
      userId: account,
      input: { title: "Account milk", listId: accountShopping.id },
      timeZone: "UTC",
    });
    await createTodo(db, { userId: account, input: { title: "Account inbox" }, timeZone: "UTC" });

    const guestShopping = await createList(db, { userId: guest, input: { name: "shopping" } });
    const guestGarden = await createList(db, { userId: guest, input: { name: "Garden" } });
    const eggs = await createTodo(db, {
      userId: guest,
      input: { title: "Guest eggs", listId: guestShopping.id },
      timeZone: "UTC",
    });
    await createTodo(db, {
      userId: guest,
      input: { title: "Guest seeds", listId: guestGarden.id },
      timeZone: "UTC",
    });
    const inboxTodo = await createTodo(db, {
      userId: guest,
      input: { title: "Guest inbox" },
      timeZone: "UTC",
    });
    await updateTodo(db, { userId: guest, id: inboxTodo.id, patch: { status: "completed" } });

    const { movedTodos } = await mergeGuestInto(db, { guestId: guest, userId: account });
    expect(movedTodos).toBe(3);
    expect(await titles(account)).toEqual([
      "Account inbox",
      "Account milk",
      "Guest eggs",
      "Guest inbox",
      "Guest seeds",
    ]);
    const lists = await getListsForUser(db, { userId: account });
    expect(lists.map((l) => l.name).sort()).toEqual(["Garden", "Inbox", "Shopping"]);
    const moved = (await getTodosForUser(db, { userId: account, filter: all, timeZone: "UTC" })).find(
      (t) => t.id === eggs.id,
    );
    expect(moved?.listId).toBe(accountShopping.id);
    expect(await getAccount(db, { userId: guest })).toBeUndefined();
    // Merging again (a retried sign-in) changes nothing.
    expect(await mergeGuestInto(db, { guestId: guest, userId: account })).toEqual({ movedTodos: 0 });
    expect(await titles(account)).toHaveLength(5);
  });

  test("an account is never merged away as if it were a guest", async () => {
    const { id: a } = await createAccount(db, {
      email: `${crypto.randomUUID()}@example.com`,
      name: "A",
      passwordHash: "h",
    });
    const { id: b } = await createAccount(db, {
      email: `${crypto.randomUUID()}@example.com`,
      name: "B",
      passwordHash: "h",
    });
    await createTodo(db, { userId: a, input: { title: "A's" }, timeZone: "UTC" });
    expect(await mergeGuestInto(db, { guestId: a, userId: b })).toEqual({ movedTodos: 0 });
    expect(await titles(a)).toEqual(["A's"]);
  });

  test("API tokens: stored as hashes, resolve to their user, revocable only by their owner", async () => {
    const { id: owner } = await createAccount(db, {
      email: `${crypto.randomUUID()}@example.com`,
      name: "O",
      passwordHash: "h",
    });
    const hash = `hash-${crypto.randomUUID()}`;
    const token = await insertApiToken(db, { userId: owner, name: "Shortcut", tokenHash: hash });
    expect(await userForApiToken(db, { tokenHash: hash })).toEqual({ id: owner, isAnonymous: false });
    expect((await listApiTokens(db, { userId: owner })).map((t) => t.name)).toEqual(["Shortcut"]);
    await expect(revokeApiToken(db, { userId: guest, id: token.id })).rejects.toBeInstanceOf(AppError);
    expect(await userForApiToken(db, { tokenHash: hash })).toBeDefined();
    await revokeApiToken(db, { userId: owner, id: token.id });
    expect(await userForApiToken(db, { tokenHash: hash })).toBeUndefined();
    expect(await listApiTokens(db, { userId: owner })).toEqual([]);
  });
});
