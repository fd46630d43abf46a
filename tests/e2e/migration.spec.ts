import type { Page } from "@playwright/test";
import { expect, type TodoPage, test } from "./fixtures";

// Moving the earlier version's localStorage data into an account, for each
// of the three choices the app offers, starting from a browser that holds it.

/** The earlier version's key: fixed by what old clients wrote, so spelled out here. */
const LEGACY_KEY = "voice-todo-app-data";
const PASSWORD = "correct horse battery staple 42";

/** The old app's data; its uuid id is fresh per test because todo ids are global across accounts. */
const legacy = () => ({
  todos: [
    {
      id: 1712345678901,
      text: "Call mum",
      description: "about Sunday",
      priority: "high",
      completed: false,
      createdAt: 1712345678901,
      completedAt: null,
      category: "Family",
    },
    {
      id: crypto.randomUUID(),
      text: "Buy oat milk",
      priority: "low",
      completed: true,
      createdAt: "2024-04-01T09:00:00.000Z",
      completedAt: "2024-04-02T18:30:00.000Z",
      category: "Groceries",
    },
    { id: "old-3", text: "Water the plants", completed: false, createdAt: 1712000000000, category: "" },
  ],
  preferences: { theme: "dark", voiceEnabled: true },
});

/**
 * Puts the legacy data in localStorage before the first page of the test
 * loads, once: init scripts run on every navigation, and the app must be
 * seen removing the key.
 */
async function seedLegacyData(page: Page) {
  await page.addInitScript(
    ([key, value]) => {
      try {
        if (window.sessionStorage.getItem("e2e-legacy-seeded")) return;
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem("e2e-legacy-seeded", "1");
      } catch (error) {
        // about:blank and other opaque origins have no storage; the app's pages do.
        console.debug("no storage here", error);
      }
    },
    [LEGACY_KEY, JSON.stringify(legacy())] as const,
  );
}

const legacyData = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), LEGACY_KEY);
const offer = (page: Page) => page.getByRole("dialog", { name: "Your todos from the earlier Voice Todo" });
const card = (page: Page) => page.getByTestId("local-data-migration");

async function expectMovedTodos(todoPage: TodoPage) {
  await expect(todoPage.row("Water the plants")).toBeVisible();
  await todoPage.openView("Family");
  await expect(todoPage.row("Call mum")).toContainText("High priority");
  await todoPage.openView("Groceries");
  await todoPage.showTab("Completed");
  await expect(todoPage.row("Buy oat milk")).toBeVisible();
}

async function fillAccount(page: Page, fields: { name?: string; email: string }) {
  if (fields.name) await page.getByLabel("Name", { exact: true }).fill(fields.name);
  await page.getByLabel("Email", { exact: true }).fill(fields.email);
  // Not exact: the label also holds the password hint on sign-up.
  await page.getByLabel("Password").fill(PASSWORD);
}

// The server opens its database on the first request that needs it (seconds on a
// cold embedded database); make that happen before the first timed expectation.
test.beforeAll(async ({ playwright }, testInfo) => {
  testInfo.setTimeout(90_000);
  const api = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
  expect((await api.get("/api/todos", { timeout: 80_000 })).ok()).toBe(true);
  await api.dispose();
});

const newEmail = () => `migrate-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

test("continue as a guest: the todos move into this browser's guest account", async ({ page, todoPage }) => {
  await seedLegacyData(page);
  await page.goto("/");
  await expect(offer(page)).toContainText("3 todos");
  await offer(page).getByRole("button", { name: "Continue as a guest" }).click();
  await expect(card(page)).toContainText("Moved 3 todos");
  expect(await legacyData(page)).toBeNull();

  await card(page).getByRole("link", { name: "Open my lists" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await expectMovedTodos(todoPage);

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(offer(page)).toHaveCount(0);
});

test("when the server fails, the local copy stays and Retry finishes the move", async ({
  page,
  todoPage,
}) => {
  await seedLegacyData(page);
  await page.route(
    "**/api/migrations/local-storage",
    (route) =>
      route.fulfill({
        status: 503,
        json: { error: { code: "unavailable", message: "The database is not reachable" } },
      }),
    { times: 1 },
  );
  await todoPage.open();
  await offer(page).getByRole("button", { name: "Continue as a guest" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Your todos were not moved" });
  await expect(alert).toContainText("The database is not reachable");
  await expect(alert).toContainText("still saved in this browser");
  expect(await legacyData(page)).not.toBeNull();

  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(card(page)).toContainText("Moved 3 todos");
  expect(await legacyData(page)).toBeNull();
  await expect(todoPage.row("Water the plants")).toBeVisible();
});

test("create an account: after sign-up the todos move into it", async ({ page, todoPage }) => {
  await seedLegacyData(page);
  await page.goto("/");
  await offer(page).getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/signup\?/);
  await fillAccount(page, { name: "Mia Example", email: newEmail() });
  await page.getByRole("button", { name: "Create account", exact: true }).click();

  await expect(page).toHaveURL(/\/todos$/);
  await expect(card(page)).toContainText("Moved 3 todos");
  expect(await legacyData(page)).toBeNull();
  await expectMovedTodos(todoPage);
});

test("sign in: the todos move into an existing account", async ({ page, todoPage }) => {
  // An account made earlier, then a fresh guest in the browser that holds the old data.
  const email = newEmail();
  await page.goto("/signup?next=/todos");
  await fillAccount(page, { name: "Leo Example", email });
  await page.getByRole("button", { name: "Create account", exact: true }).click();
  await expect(page).toHaveURL(/\/todos$/);
  await page.context().clearCookies();

  await seedLegacyData(page);
  await page.goto("/");
  await offer(page).getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/signin\?/);
  await fillAccount(page, { email });
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  await expect(page).toHaveURL(/\/todos$/);
  await expect(card(page)).toContainText("Moved 3 todos");
  expect(await legacyData(page)).toBeNull();
  await expectMovedTodos(todoPage);
});
