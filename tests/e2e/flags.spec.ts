import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Flags as a person meets them: the beta toggle in settings, and a deploy
// whose FLAG_OVERRIDES turn voice commands off (a preview deploy's override).

async function signUp(page: Page) {
  await page.goto("/signup?next=/todos");
  await page.getByLabel("Name").fill("Bea Beta");
  await page.getByLabel("Email", { exact: true }).fill(`beta-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("plumber-tuesday-kettle-42");
  await page.getByRole("button", { name: "Create account", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/todos", { timeout: 20_000 });
}

test("joining the beta in settings turns on the beta features, leaving turns them off", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings");
  const beta = page.getByRole("region", { name: "Beta features" });
  await expect(beta.getByTestId("beta-feature-team_collaboration")).toHaveAttribute("data-enabled", "false");

  await beta.getByRole("button", { name: "Join the beta" }).click();
  await expect(beta.getByRole("status")).toHaveText("You joined the beta.");
  await expect(beta.getByTestId("beta-feature-team_collaboration")).toHaveAttribute("data-enabled", "true");
  await expect(beta.getByTestId("beta-feature-analytics_dashboard")).toHaveAttribute("data-enabled", "true");
  const flags = await (await page.request.get("/api/flags")).json();
  expect(flags.flags).toMatchObject({
    team_collaboration: true,
    analytics_dashboard: true,
    real_time_sync: true,
  });

  await beta.getByRole("button", { name: "Leave the beta" }).click();
  await expect(beta.getByRole("status")).toHaveText("You left the beta.");
  await expect(beta.getByTestId("beta-feature-team_collaboration")).toHaveAttribute("data-enabled", "false");
});

test("with voice_commands on (the default) the mic and the command box are there", async ({
  todoPage,
  page,
}) => {
  await todoPage.open();
  await expect(page.getByRole("button", { name: "Speak a command" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Type a command" })).toBeVisible();
});

test.describe("a deploy with FLAG_OVERRIDES=voice_commands=off", () => {
  const port = Number(process.env.E2E_PORT ?? 3100) + 1;
  const origin = `http://localhost:${port}`;
  let server: ChildProcess | undefined;
  let dataDir: string | undefined;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    dataDir = mkdtempSync(path.join(tmpdir(), "vt-e2e-flags-"));
    // The same build as the main test server, its own embedded database, and the override.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: dataDir,
      AUTH_SECRET: randomBytes(33).toString("base64"),
      FLAG_OVERRIDES: "voice_commands=off",
    };
    delete env.DATABASE_URL;
    delete env.POSTGRES_URL;
    server = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(port)], {
      env,
      stdio: "ignore",
    });
    const until = Date.now() + 45_000;
    for (;;) {
      try {
        if ((await fetch(`${origin}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > until) throw new Error("the second server did not start");
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server?.once("exit", r));
      server.kill("SIGTERM");
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("no mic, no command box, and POST /api/voice answers 404", async ({ page }) => {
    // The first page of a fresh server also migrates its embedded database.
    test.setTimeout(60_000);
    await page.goto(`${origin}/todos`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole("form", { name: "Add a todo" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Speak a command" })).toHaveCount(0);
    await expect(page.getByRole("textbox", { name: "Type a command" })).toHaveCount(0);

    const voice = await page.request.post(`${origin}/api/voice`, {
      data: { text: "add milk", lang: "en-US" },
      headers: { origin },
    });
    expect(voice.status()).toBe(404);
    expect(await voice.json()).toEqual({ error: { code: "not_found", message: "Not found" } });
    const flags = await (await page.request.get(`${origin}/api/flags`)).json();
    expect(flags.flags.voice_commands).toBe(false);
  });
});
