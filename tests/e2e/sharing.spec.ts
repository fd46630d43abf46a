import type { Browser, Page } from "@playwright/test";
import { installFakeSpeech } from "./fake-speech";
import { expect, TodoPage, test } from "./fixtures";

// Two people in two browsers: Alice shares a list with Sam by email, Sam
// sees it and adds to it by voice, Alice sees that in real time; Alice
// removes Sam and the list leaves Sam's sidebar. Sharing is a beta feature
// (team_collaboration): both join the beta in settings first, as people do.

const PASSWORD = "plumber-tuesday-kettle-42";
const uniqueEmail = (who: string) =>
  `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function person(
  browser: Browser,
  name: string,
): Promise<{ page: Page; todos: TodoPage; email: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await installFakeSpeech(page);
  const email = uniqueEmail(name.toLowerCase());
  await page.goto("/signup?next=/todos");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === "/todos");
  await page.goto("/settings");
  const beta = page.getByRole("region", { name: "Beta features" });
  await beta.getByRole("button", { name: "Join the beta" }).click();
  await expect(beta.getByRole("status")).toHaveText("You joined the beta.");
  await page.goto("/todos");
  return { page, todos: new TodoPage(page), email };
}

const nav = (page: Page) => page.getByRole("navigation", { name: "Lists and views" });

test("share a list by email, add to it by voice, see it live, remove the member", async ({ browser }) => {
  test.setTimeout(90_000);
  const alice = await person(browser, "Alice");
  const sam = await person(browser, "Sam");

  await alice.page.getByLabel("New list name").fill("Party");
  await alice.page.getByLabel("New list name").press("Enter");
  await alice.todos.openView("Party");
  await alice.page.getByRole("button", { name: "Share" }).click();
  await alice.page.getByLabel("Email of a person with an account").fill(sam.email);
  await alice.page.getByRole("dialog").getByRole("button", { name: "Share", exact: true }).click();
  await expect(alice.page.getByRole("list", { name: "People with access" })).toContainText("Sam");

  const shared = nav(sam.page)
    .getByRole("list", { name: "Shared with me" })
    .getByRole("link", { name: /Party/ });
  await expect(shared).toBeVisible({ timeout: 15_000 });

  const reply = await sam.todos.say("add napkins to the party list");
  expect(reply.toLowerCase()).toContain("napkins");
  await shared.click();
  await expect(sam.todos.row("apkins")).toBeVisible();

  // Alice never reloads: the change arrives over the real-time channel.
  await expect(alice.todos.row("apkins")).toBeVisible({ timeout: 15_000 });
  await expect(alice.todos.row("apkins")).toContainText("Added by Sam");

  await alice.page.getByRole("button", { name: "Remove Sam" }).click();
  await expect(alice.page.getByRole("list", { name: "People with access" })).not.toContainText("Sam");
  await expect(nav(sam.page).getByRole("link", { name: /Party/ })).toHaveCount(0, { timeout: 15_000 });
});
