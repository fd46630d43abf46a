import { expect, localDate, test } from "./fixtures";

test("add, complete, filter, delete and find it all again after a reload", async ({ todoPage, page }) => {
  await todoPage.open();
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await expect(page.getByText("No todos yet")).toBeVisible();

  await todoPage.add("Call the plumber", { due: localDate(0), time: "09:00", priority: "high" });
  await todoPage.add("Buy milk", { due: localDate(1) });
  await todoPage.add("Water the plants");
  await expect(todoPage.todos()).toHaveCount(3);
  await expect(todoPage.row("Call the plumber")).toContainText("Today 09:00");
  await expect(todoPage.row("Call the plumber")).toContainText("High priority");
  await expect(todoPage.row("Buy milk")).toContainText("Tomorrow");

  // Complete: it leaves the open list and shows under Completed.
  await todoPage.complete("Buy milk");
  await expect(todoPage.row("Buy milk")).toHaveCount(0);
  await todoPage.showTab("Completed");
  await expect(todoPage.row("Buy milk")).toBeVisible();
  await todoPage.showTab("Open");

  // Filter: Today holds only what is due today.
  await todoPage.openView("Today");
  await expect(todoPage.todos()).toHaveCount(1);
  await expect(todoPage.row("Call the plumber")).toBeVisible();

  // Delete with undo, then delete for good.
  await todoPage.openView("Inbox");
  await todoPage.delete("Water the plants");
  await expect(todoPage.row("Water the plants")).toHaveCount(0);
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click();
  await expect(todoPage.row("Water the plants")).toBeVisible();
  await todoPage.delete("Water the plants");
  await expect(todoPage.row("Water the plants")).toHaveCount(0);

  await page.reload();
  await expect(todoPage.todos()).toHaveCount(1);
  await expect(todoPage.row("Call the plumber")).toBeVisible();
  await todoPage.showTab("Completed");
  await expect(todoPage.row("Buy milk")).toBeVisible();
  await todoPage.openView("Trash");
  await expect(todoPage.row("Water the plants")).toBeVisible();
});

test("lists: create one, add to it, and it keeps its own todos", async ({ todoPage, page }) => {
  await todoPage.open();
  await page.getByLabel("New list name").fill("Groceries");
  await page.getByLabel("New list name").press("Enter");
  await todoPage.openView("Groceries");
  await todoPage.add("Eggs");
  await expect(todoPage.row("Eggs")).toBeVisible();
  await expect(page.getByRole("link", { name: /Groceries/ })).toContainText("1");
  await todoPage.openView("Inbox");
  await expect(todoPage.row("Eggs")).toHaveCount(0);
});

test("keyboard: add with Enter and reorder with the move buttons", async ({ todoPage, page }) => {
  await todoPage.open();
  for (const title of ["First", "Second", "Third"]) {
    await todoPage.titleInput.fill(title);
    await todoPage.titleInput.press("Enter");
    await expect(todoPage.row(title)).toBeVisible();
  }
  await page.getByRole("button", { name: 'Move "Third" up' }).click();
  await expect(todoPage.todos().nth(1)).toContainText("Third");
  await page.reload();
  await expect(todoPage.todos().nth(1)).toContainText("Third");
});
