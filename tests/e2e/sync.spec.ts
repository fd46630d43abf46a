import type { BrowserContext, Page } from "@playwright/test";
import { installFakeSpeech } from "./fake-speech";
import { expect, test } from "./fixtures";

// Two devices of one person: the same guest cookie in two browser contexts,
// each with its own IndexedDB copy.

async function device(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await installFakeSpeech(page);
  await page.goto("/todos");
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await expect(page.getByTestId("sync-status")).toContainText(/Synced/);
  return page;
}

const todoRow = (page: Page, title: string) =>
  page.getByTestId("todo").filter({ has: page.getByRole("button", { name: title, exact: true }) });

async function add(page: Page, title: string) {
  await page.getByRole("textbox", { name: "Todo", exact: true }).fill(title);
  await page.getByRole("textbox", { name: "Todo", exact: true }).press("Enter");
  await expect(todoRow(page, title)).toBeVisible();
}

async function say(page: Page, sentence: string) {
  await page.getByRole("button", { name: "Speak a command" }).click();
  await expect(page.getByRole("button", { name: "Stop listening" })).toBeVisible();
  await page.evaluate((text) => window.__speak(text), sentence);
  await expect(page.getByTestId("voice-feedback")).toContainText(sentence);
  await expect(page.getByTestId("voice-reply")).toBeVisible();
}

test("a change on one device shows on the other within a second", async ({ browser }) => {
  const first = await browser.newContext();
  const a = await device(first);
  const second = await browser.newContext({ storageState: await first.storageState() });
  const b = await device(second);
  await add(a, "Seen everywhere");
  await expect(todoRow(b, "Seen everywhere")).toBeVisible({ timeout: 1_000 });
  await b.getByRole("button", { name: 'Complete "Seen everywhere"' }).click();
  await expect(todoRow(a, "Seen everywhere")).toHaveCount(0, { timeout: 1_000 });
  await first.close();
  await second.close();
});

test("offline: 20 changes, voice included, survive a reload and arrive exactly once", async ({ browser }) => {
  const first = await browser.newContext();
  const a = await device(first);
  const second = await browser.newContext({ storageState: await first.storageState() });
  const b = await device(second);
  await add(a, "Edit me offline");
  await expect(todoRow(b, "Edit me offline")).toBeVisible();
  // The service worker must hold the page before the network goes.
  await a.reload();
  await expect(a.getByTestId("sync-status")).toContainText(/Synced/);

  await first.setOffline(true);
  for (let i = 1; i <= 15; i++) await add(a, `Offline ${i}`);
  await a.getByRole("button", { name: 'Complete "Offline 1"' }).click();
  await a.getByRole("button", { name: 'Delete "Offline 2"' }).click();
  await say(a, "add call the plumber tomorrow at 9");
  await say(a, "mark offline 3 as done");
  await say(a, "delete offline 4");
  await expect(a.getByTestId("sync-status")).toContainText("Offline · 20 waiting");
  await expect(todoRow(a, "Offline 5")).toHaveAttribute("data-sync", "pending");

  await a.reload();
  await expect(a.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await expect(todoRow(a, "call the plumber")).toBeVisible();
  await expect(a.getByTestId("sync-status")).toContainText("20 waiting");
  await expect(todoRow(b, "Offline 6")).toHaveCount(0);

  await first.setOffline(false);
  await expect(a.getByTestId("sync-status")).toContainText(/Synced/, { timeout: 10_000 });
  await expect(todoRow(a, "Offline 5")).toHaveAttribute("data-sync", "synced");
  const open = [
    "Edit me offline",
    "call the plumber",
    ...[5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((n) => `Offline ${n}`),
  ];
  for (const title of open) await expect(todoRow(b, title)).toHaveCount(1, { timeout: 5_000 });
  await expect(b.getByTestId("todo")).toHaveCount(open.length);

  const server = await a.request.get("/api/todos?status=all&limit=500");
  const titles = ((await server.json()).todos as { title: string; status: string }[])
    .map((t) => `${t.title}:${t.status}`)
    .sort();
  expect(titles).toEqual(
    [...open.map((t) => `${t}:pending`), "Offline 1:completed", "Offline 3:completed"].sort(),
  );
  await first.close();
  await second.close();
});

test("conflicting edits: the last one the server applies wins, and an offline edit cannot revive a deleted todo", async ({
  browser,
}) => {
  const first = await browser.newContext();
  const a = await device(first);
  const second = await browser.newContext({ storageState: await first.storageState() });
  const b = await device(second);
  await add(a, "Shared thing");
  await expect(todoRow(b, "Shared thing")).toBeVisible();

  await second.setOffline(true);
  // A renames it while B is offline; B renames it too, later in server order.
  await a.getByRole("button", { name: 'Rename "Shared thing"' }).click();
  await a.getByRole("textbox", { name: "Edit title" }).fill("Renamed on A");
  await a.getByRole("textbox", { name: "Edit title" }).press("Enter");
  await b.getByRole("button", { name: 'Rename "Shared thing"' }).click();
  await b.getByRole("textbox", { name: "Edit title" }).fill("Renamed on B");
  await b.getByRole("textbox", { name: "Edit title" }).press("Enter");
  await second.setOffline(false);
  await expect(todoRow(a, "Renamed on B")).toBeVisible({ timeout: 10_000 });
  await expect(todoRow(b, "Renamed on B")).toBeVisible();

  // A deletes it while B, offline, edits it: the delete stands; B sees why its edit was dropped.
  await second.setOffline(true);
  await a.getByRole("button", { name: 'Delete "Renamed on B"' }).click();
  await b.getByRole("button", { name: 'Rename "Renamed on B"' }).click();
  await b.getByRole("textbox", { name: "Edit title" }).fill("Edited while deleted");
  await b.getByRole("textbox", { name: "Edit title" }).press("Enter");
  await second.setOffline(false);
  await expect(b.getByTestId("sync-status")).toContainText("1 not saved", { timeout: 10_000 });
  await expect(todoRow(b, "Edited while deleted")).toHaveCount(0);
  await expect(todoRow(a, "Edited while deleted")).toHaveCount(0);
  await first.close();
  await second.close();
});
