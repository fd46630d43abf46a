import { expect, test } from "./fixtures";

const HEADLINE = "Say it. It’s on your list.";

test.describe("landing page", () => {
  test("says what the app does and plays the demo through", async ({ page }) => {
    // Two commands play in real time: about 13 seconds.
    test.setTimeout(45_000);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(HEADLINE);

    // The phone illustration is hidden from assistive technology (a caption describes it),
    // so it is found by test id rather than by role.
    const demo = page.getByTestId("voice-demo");
    await expect(demo).toHaveAttribute("data-scene", "en");
    await expect(demo).toHaveAttribute("data-state", "done", { timeout: 10_000 });
    await expect(demo).toContainText("add call the plumber tomorrow at 9 high priority");
    await expect(demo).toContainText("Date tomorrow 09:00");
    await expect(demo).toContainText("Priority high");
    const added = demo.locator('li[data-state="added"]');
    await expect(added).toContainText("Call the plumber");
    await expect(added).toHaveCSS("opacity", "1");

    // Then the next command, in Spanish.
    await expect(demo).toHaveAttribute("data-scene", "es", { timeout: 6_000 });
    await expect(demo).toHaveAttribute("data-state", "done", { timeout: 10_000 });
    await expect(demo.locator('li[data-state="added"]')).toContainText("Comprar pan");
  });

  test("with reduced motion the demo shows its final state at once", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    const demo = page.getByTestId("voice-demo");
    await expect(demo).toHaveAttribute("data-state", "done");
    await expect(demo.locator('li[data-state="added"]')).toHaveCSS("opacity", "1");
    await expect(page.getByRole("button", { name: "Play the demo" })).toBeVisible();

    await page.getByRole("button", { name: "Deutsch" }).click();
    await expect(demo).toHaveAttribute("data-scene", "de");
    await expect(demo).toHaveAttribute("data-state", "done");
    await expect(demo).toContainText("Du hast 2 Aufgaben");
    await expect(page.getByRole("button", { name: "Deutsch" })).toHaveAttribute("aria-pressed", "true");
  });

  test("the primary call to action opens the app without signing up", async ({ page }) => {
    test.setTimeout(45_000);
    await page.goto("/");
    const start = page.getByRole("main").getByRole("link", { name: "Start talking — no sign-up" }).first();
    await expect(start).toHaveAttribute("href", "/todos");
    await start.click();
    // On a fresh test server the first visit to the app sets up its database; on a busy
    // machine that has taken more than 15 seconds.
    await expect(page).toHaveURL(/\/todos$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("sign in and the header link lead to their pages", async ({ page }) => {
    await page.goto("/");
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "Open the app" })).toHaveAttribute("href", "/todos");
    await expect(page.getByRole("main").getByRole("link", { name: "Sign in" }).first()).toHaveAttribute(
      "href",
      "/signin",
    );
    await header.getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/signin$/);
  });

  test("has a real title, description and Open Graph image", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("Voice Todo — talk to your todo list");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description?.length ?? 0).toBeGreaterThan(70);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Voice Todo/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(ogImage).toBeTruthy();
    const { pathname, search } = new URL(ogImage ?? "", page.url());
    const image = await page.request.get(`${pathname}${search}`);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  });

  test.describe("on a phone", () => {
    // The mobile project only runs mobile.spec.ts, so the phone is set up here.
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test("nothing sticks out sideways and the way in is on the first screen", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByTestId("voice-demo")).toHaveAttribute("data-state", "done", { timeout: 10_000 });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll("body *")]
          // Text for screen readers only sits in a clipped 1px box; it is never seen.
          .filter((el) => !el.closest(".visually-hidden"))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 1 && (r.right > width + 0.5 || r.left < -0.5);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scroll: document.documentElement.scrollWidth - width, wide };
      });
      expect(overflow).toEqual({ scroll: 0, wide: [] });
      await expect(
        page.getByRole("main").getByRole("link", { name: "Start talking — no sign-up" }).first(),
      ).toBeInViewport();
    });
  });
});
