import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PASSWORD = "plumber-tuesday-kettle-42";
const uniqueEmail = () => `e2e-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

async function signUp(page: Page, email: string, name = "Robin") {
  await page.goto("/signup?next=/todos");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === "/todos");
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signin?next=/todos");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a guest who creates an account keeps every todo, and signed-in visitors skip the landing page", async ({
  todoPage,
  page,
}) => {
  await todoPage.open();
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Guest");
  await todoPage.add("Made as a guest");
  await page.getByRole("link", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/signup/);
  await page.getByLabel("Name", { exact: true }).fill("Robin");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Robin");
  await expect(todoPage.row("Made as a guest")).toBeVisible();

  await page.goto("/");
  await page.waitForURL((url) => url.pathname === "/todos");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await todoPage.open();
  await expect(page.getByRole("navigation", { name: "Account" })).toContainText("Guest");
  await expect(todoPage.row("Made as a guest")).toHaveCount(0);
});

test("signing into an existing account brings the guest's todos along, without duplicates", async ({
  browser,
}) => {
  const email = uniqueEmail();
  const first = await browser.newPage();
  await signUp(first, email);
  await first.getByRole("textbox", { name: "Todo", exact: true }).fill("From the account");
  await first.getByRole("textbox", { name: "Todo", exact: true }).press("Enter");
  await expect(first.getByTestId("todo").filter({ hasText: "From the account" })).toBeVisible();

  const second = await browser.newPage();
  await second.goto("/todos");
  await second.getByRole("textbox", { name: "Todo", exact: true }).fill("From this phone");
  await second.getByRole("textbox", { name: "Todo", exact: true }).press("Enter");
  await expect(second.getByTestId("todo").filter({ hasText: "From this phone" })).toBeVisible();
  await signIn(second, email);
  await second.waitForURL((url) => url.pathname === "/todos");
  await expect(second.getByTestId("todo")).toHaveCount(2);
  await expect(second.getByTestId("todo").filter({ hasText: "From this phone" })).toHaveCount(1);

  await first.reload();
  await expect(first.getByTestId("todo")).toHaveCount(2);
  await first.close();
  await second.close();
});

test("wrong passwords and weak passwords are refused with plain words", async ({ page }) => {
  await signIn(page, `nobody-${Date.now()}@example.com`, "whatever-it-is-1");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is incorrect.");
  await page.goto("/signup");
  await page.getByLabel("Name", { exact: true }).fill("Sam");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("most common");
  await expect(page).toHaveURL(/\/signup/);
});

test("an API token lets an outside client speak to the list; revoked, it no longer does", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signUp(page, uniqueEmail());
  const created = await page.request.post("/api/tokens", { data: { name: "iOS Shortcut" } });
  expect(created.status(), await created.text()).toBe(201);
  const { token } = await created.json();
  const outside = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${token.token}` },
  });
  const spoken = await outside.post("/api/voice", {
    data: { text: "add call mom tomorrow at 6", lang: "en-US" },
  });
  expect(spoken.status()).toBe(200);
  expect((await spoken.json()).reply).toMatch(/^Added 'call mom' · tomorrow 18:00/);
  await page.goto("/todos");
  await expect(page.getByTestId("todo").filter({ hasText: "call mom" })).toBeVisible();
  expect((await page.request.delete(`/api/tokens/${token.id}`)).status()).toBe(204);
  expect((await outside.get("/api/todos")).status()).toBe(401);
  await outside.dispose();
});

test("state-changing requests from another site are refused", async ({ page }) => {
  await page.goto("/todos");
  const response = await page.request.post("/api/todos", {
    data: { title: "forged" },
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(response.status()).toBe(403);
  const signup = await page.request.post("/api/signup", {
    data: { email: uniqueEmail(), password: PASSWORD, name: "X" },
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(signup.status()).toBe(403);
});
