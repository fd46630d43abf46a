import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { E2E_ADMIN_EMAIL } from "../../scripts/e2e-admin";
import { expect, test } from "./fixtures";

// The admin's day: the operator's first admin (ADMIN_EMAILS, which the e2e
// server sets) signs up, invites people to the beta, sees the invitation
// accepted when the invitee signs up with the mailed link, runs the launch
// monitor, pulls the voice kill switch and puts voice back on.

const PASSWORD = "plumber-tuesday-kettle-42";

async function signUp(page: Page, email: string, path = "/signup?next=/todos") {
  await page.goto(path);
  await page.getByLabel("Name").fill(email.split("@")[0] ?? "Someone");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account", exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/todos", { timeout: 20_000 });
}

test.describe("admin", () => {
  test("invite to the beta, accepted by sign-up; launch reports; voice back on", async ({
    page,
    browser,
  }, info) => {
    test.setTimeout(90_000);
    await signUp(page, E2E_ADMIN_EMAIL);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Admin" })).toBeVisible();

    // Invite: one good address and one typo, each with its own result.
    const invitee = `invitee-${randomUUID()}@example.test`;
    const invite = page.getByRole("region", { name: "Invite to the beta" });
    await invite.getByLabel("Email addresses").fill(`${invitee}, not-an-address`);
    await invite.getByRole("button", { name: "Send invitations" }).click();
    await expect(invite.getByRole("status")).toHaveText("1 of 2 invited.");
    const results = invite.getByRole("table", { name: "Invitation results" });
    await expect(results.getByRole("row", { name: new RegExp(`${invitee}.*in the outbox`) })).toBeVisible();
    await expect(results.getByRole("row", { name: /not-an-address.*invalid/ })).toBeVisible();

    await page.reload();
    const invitations = page.getByRole("table", { name: "Invitations" });
    await expect(invitations.getByRole("row", { name: new RegExp(`${invitee}.*pending`) })).toBeVisible();
    const mail = page
      .getByRole("table", { name: "Mail outbox" })
      .getByRole("row", { name: new RegExp(invitee) });
    await mail.getByText("Your invitation to the Voice Todo beta").click();
    const text = (await mail.locator("pre").textContent()) ?? "";
    const link = new URL(/http\S+/.exec(text)?.[0] ?? "http://x/none");

    // The invitee signs up with the link (in their own browser) and is in the beta.
    const context = await browser.newContext();
    const guest = await context.newPage();
    await guest.goto(`${link.pathname}${link.search}`);
    await expect(guest.getByText("You're invited to the beta")).toBeVisible();
    await signUp(guest, invitee, `${link.pathname}${link.search}`);
    await guest.goto("/analytics");
    await expect(guest.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
    await expect(guest.getByRole("region", { name: "Your todos" })).toBeVisible();
    await expect(guest.getByRole("region", { name: "Launch metrics" })).toHaveCount(0);
    expect((await guest.goto("/admin"))?.status()).toBe(404);
    // The link was single use.
    await guest.context().clearCookies();
    await guest.goto(`${link.pathname}${link.search}`);
    await expect(guest.getByText("This invitation link has expired or was already used")).toBeVisible();
    await context.close();

    await page.reload();
    await expect(invitations.getByRole("row", { name: new RegExp(`${invitee}.*accepted`) })).toBeVisible();

    // The monitor on demand: too little data to rate, so ok, and a report row.
    const reports = page.getByRole("region", { name: "Launch reports" });
    await reports.getByRole("button", { name: "Run the launch monitor now" }).click();
    await expect(reports.getByRole("status")).toHaveText(/^Launch monitor: ok/);
    await expect(reports.getByRole("table", { name: "Launch reports" }).getByRole("row")).not.toHaveCount(1);

    // The kill switch pulled by hand (as the monitor pulls it on critical), then voice put back on.
    const voice = page.getByRole("region", { name: "Voice commands kill switch" });
    await voice.getByLabel("Reason (optional)").fill("error spike");
    await voice.getByRole("button", { name: "Turn voice commands off for everyone" }).click();
    await expect(voice.getByRole("status")).toHaveText("Voice commands are off for everyone.");
    // Flag overrides are cached per process for the refresh interval (15 s).
    await expect(async () => {
      await page.reload();
      await expect(voice.getByTestId("voice-switch-state")).toHaveText("Voice commands are off", {
        timeout: 1_000,
      });
    }).toPass({ timeout: 25_000 });
    await expect(voice.getByText("error spike")).toBeVisible();
    await page.screenshot({ path: info.outputPath("admin.png"), fullPage: true });
    await voice.getByLabel("Reason (optional)").fill("error spike fixed");
    await voice.getByRole("button", { name: "Turn voice commands back on" }).click();
    await expect(voice.getByRole("status")).toHaveText("Voice commands are back on.");
    await expect(voice.getByTestId("voice-switch-state")).toHaveText("Voice commands are on");

    // In the beta, the admin's analytics page adds the launch metrics with their targets.
    await page.goto("/settings");
    await page
      .getByRole("region", { name: "Beta features" })
      .getByRole("button", { name: "Join the beta" })
      .click();
    await expect(page.getByRole("region", { name: "Beta features" }).getByRole("status")).toHaveText(
      "You joined the beta.",
    );
    await page.goto("/analytics");
    const launch = page.getByRole("region", { name: "Launch metrics" });
    await expect(launch.getByRole("article")).toHaveCount(7);
    await expect(launch.getByRole("article", { name: "Error rate" })).toContainText("target < 1%");
    await expect(launch.getByRole("article", { name: "Registration rate" })).toContainText("target ≥ 15%");
    await page.screenshot({ path: info.outputPath("analytics.png"), fullPage: true });
  });
});
