import { installFakeSpeech } from "./fake-speech";
import { expect, localDate, test } from "./fixtures";

test.describe("speaking to the list", () => {
  test.beforeEach(async ({ page }) => {
    await installFakeSpeech(page);
  });

  test("a spoken create with date, priority and list lands in that list", async ({ todoPage, page }) => {
    await todoPage.open();
    const reply = await todoPage.say("add call the plumber tomorrow at 9 high priority to my home list");
    expect(reply).toContain("Added 'call the plumber'");
    await expect(todoPage.reply).toContainText("tomorrow 09:00");
    await expect(todoPage.reply).toContainText("high");
    await todoPage.openView("Home");
    await expect(todoPage.row("call the plumber")).toContainText("Tomorrow 09:00");
    await expect(todoPage.row("call the plumber")).toContainText("High priority");
    await todoPage.openView("This week");
    const due = localDate(1);
    await expect(page.getByTestId("todo").filter({ hasText: "call the plumber" })).toHaveCount(
      due <= endOfWeek() ? 1 : 0,
    );
  });

  test("interim words show while speaking, and the listening state is clear", async ({ todoPage, page }) => {
    await todoPage.open();
    await page.getByRole("button", { name: "Speak a command" }).click();
    await expect(page.getByRole("button", { name: "Stop listening" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.evaluate(() => window.__speak("add feed the cat tonight"));
    await expect(page.getByTestId("voice-live")).toContainText("add feed");
    await expect(todoPage.reply).toContainText("Added 'feed the cat'");
    await expect(page.getByRole("button", { name: "Speak a command" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  test("complete and delete by paraphrase", async ({ todoPage }) => {
    await todoPage.open();
    await todoPage.add("Buy milk");
    await todoPage.add("Call the dentist");
    await todoPage.say("mark the milk one as done");
    await expect(todoPage.reply).toHaveText("Completed 'Buy milk'");
    await expect(todoPage.row("Buy milk")).toHaveCount(0);
    await todoPage.say("get rid of the dentist one");
    await expect(todoPage.reply).toHaveText("Deleted 'Call the dentist'");
    await expect(todoPage.todos()).toHaveCount(0);
    await todoPage.showTab("Completed");
    await expect(todoPage.row("Buy milk")).toBeVisible();
  });

  test("a query is answered on screen and read aloud", async ({ todoPage, page }) => {
    await todoPage.open();
    await todoPage.add("Pay rent", { due: localDate(-1) });
    await todoPage.add("Water plants");
    await todoPage.say("what's overdue");
    await expect(todoPage.reply).toHaveText("You have 1 todo: Pay rent");
    await expect.poll(() => page.evaluate(() => window.__spoken)).toEqual(["You have 1 todo: Pay rent"]);
  });

  test("undo takes a spoken command back, by button and by voice", async ({ todoPage, page }) => {
    await todoPage.open();
    await todoPage.say("add water the plants");
    await expect(todoPage.row("water the plants")).toBeVisible();
    await page.getByTestId("voice-feedback").getByRole("button", { name: "Undo" }).click();
    await expect(todoPage.row("water the plants")).toHaveCount(0);
    await todoPage.add("Book flights");
    await todoPage.say("book flights is done");
    await expect(todoPage.row("Book flights")).toHaveCount(0);
    await todoPage.say("undo that");
    await expect(todoPage.reply).toHaveText("Undone");
    await expect(todoPage.row("Book flights")).toBeVisible();
  });

  test("Spanish and German commands", async ({ todoPage, page }) => {
    await todoPage.open();
    await page.getByLabel("Language").selectOption("es-ES");
    await todoPage.say("añade comprar pan mañana prioridad alta");
    await expect(todoPage.reply).toContainText("Añadido 'comprar pan'");
    await expect(todoPage.reply).toContainText("mañana");
    await expect(todoPage.row("comprar pan")).toContainText("Tomorrow");
    await page.getByLabel("Language").selectOption("de-DE");
    await todoPage.say("comprar pan ist erledigt");
    await expect(todoPage.reply).toHaveText("Erledigt 'comprar pan'");
    expect(await page.evaluate(() => window.__recognizerLangs)).toEqual(["es-ES", "de-DE"]);
    await page.reload();
    await expect(page.getByLabel("Language")).toHaveValue("de-DE");
  });

  test("an ambiguous target asks which todo is meant; deleting several asks first", async ({
    todoPage,
    page,
  }) => {
    await todoPage.open();
    await todoPage.add("Write report for Anna");
    await todoPage.add("Print report for Tom");
    await todoPage.say("delete the report");
    await expect(todoPage.reply).toContainText("Which one?");
    await page.getByTestId("voice-feedback").getByRole("button", { name: "Print report for Tom" }).click();
    await expect(todoPage.row("Print report for Tom")).toHaveCount(0);
    await expect(todoPage.row("Write report for Anna")).toBeVisible();

    await todoPage.say("write report for anna is done");
    await todoPage.say("clear completed");
    await expect(todoPage.reply).toContainText("Go ahead?");
    await page.getByRole("button", { name: "Yes, go ahead" }).click();
    await expect(todoPage.reply).toHaveText("Cleared 1 completed todo");
  });
});

test("typed commands show what they recognised, and a dismissed chip stays in the title", async ({
  todoPage,
  page,
}) => {
  await todoPage.open();
  const box = page.getByRole("textbox", { name: "Type a command" });
  await box.fill("add read the report by friday high priority");
  const chips = page.getByRole("list", { name: "Recognised in your command" });
  await expect(chips.getByRole("listitem")).toHaveCount(2);
  await expect(chips).toContainText("by friday");
  await expect(chips).toContainText("high priority");
  await box.fill("add call the plumber tomorrow at 9");
  await page.getByRole("button", { name: 'Keep "tomorrow" in the title' }).click();
  await expect(box).toHaveValue('add call the plumber "tomorrow" at 9');
  await page.getByRole("form", { name: "Command" }).getByRole("button", { name: "Go" }).click();
  await expect(todoPage.row("call the plumber tomorrow")).toBeVisible();
});

test("without speech recognition the typed box does the same", async ({ todoPage, page }) => {
  await installFakeSpeech(page, { absent: true });
  await todoPage.open();
  await expect(page.getByText("Type commands: no speech recognition here")).toBeVisible();
  await page.getByRole("button", { name: "Speak a command" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "This browser has no speech recognition",
  );
  await todoPage.command("add buy stamps tomorrow");
  await expect(todoPage.reply).toContainText("Added 'buy stamps'");
  await expect(todoPage.row("buy stamps")).toContainText("Tomorrow");
});

test("a blocked microphone says so and how to fix it", async ({ todoPage, page }) => {
  await installFakeSpeech(page, { error: "not-allowed" });
  await todoPage.open();
  await page.getByRole("button", { name: "Speak a command" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "The microphone is blocked for this site",
  );
  await expect(page.getByRole("button", { name: "Speak a command" })).toBeVisible();
});

test("a network failure of the speech service points to typing", async ({ todoPage, page }) => {
  await installFakeSpeech(page, { error: "network" });
  await todoPage.open();
  await page.getByRole("button", { name: "Speak a command" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("can't reach its speech service");
});

function endOfWeek(): string {
  const d = new Date();
  const offset = (d.getDay() + 6) % 7;
  d.setDate(d.getDate() + (6 - offset));
  return localDateOf(d);
}

function localDateOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

test("the parser and its locale data are not in the first-load JS; they load after the page, for offline use", async ({
  todoPage,
  page,
}) => {
  const parserChunk = page.waitForResponse(async (r) => {
    if (r.request().resourceType() !== "script") return false;
    const body = await r.text().catch(() => "");
    return body.includes("übermorgen") && body.includes("mañana");
  });
  const html = await (await page.request.get("/todos")).text();
  const firstLoad = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
  await todoPage.open();
  await page.getByRole("textbox", { name: "Type a command" }).focus();
  const url = new URL((await parserChunk).url());
  expect(firstLoad.size).toBeGreaterThan(0);
  expect(firstLoad.has(url.pathname)).toBe(false);
});
