import { test as base, expect, type Locator, type Page } from "@playwright/test";

/** What a person does on the todo page, in their words. */
export class TodoPage {
  constructor(readonly page: Page) {}

  async open(path = "/todos") {
    await this.page.goto(path);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  get titleInput(): Locator {
    return this.page.getByRole("textbox", { name: "Todo", exact: true });
  }

  async add(title: string, options: { due?: string; time?: string; priority?: string; list?: string } = {}) {
    const form = this.page.getByRole("form", { name: "Add a todo" });
    await this.titleInput.fill(title);
    if (options.due) await form.getByLabel("Due").fill(options.due);
    if (options.time) await form.getByLabel("Time").fill(options.time);
    if (options.priority) await form.getByLabel("Priority").selectOption(options.priority);
    if (options.list) await form.getByLabel("List").selectOption({ label: options.list });
    await form.getByRole("button", { name: "Add" }).click();
  }

  row(title: string): Locator {
    return this.page.getByTestId("todo").filter({ hasText: title });
  }

  todos(): Locator {
    return this.page.getByTestId("todo");
  }

  async complete(title: string) {
    await this.page.getByRole("button", { name: `Complete "${title}"` }).click();
  }

  async delete(title: string) {
    await this.page.getByRole("button", { name: `Delete "${title}"` }).click();
  }

  /** Taps the mic, says the sentence, and waits for the app to answer. */
  async say(sentence: string): Promise<string> {
    await this.page.getByRole("button", { name: "Speak a command" }).click();
    await expect(this.page.getByRole("button", { name: "Stop listening" })).toBeVisible();
    await this.page.evaluate((text) => window.__speak(text), sentence);
    await expect(this.page.getByTestId("voice-feedback")).toContainText(sentence, { timeout: 5_000 });
    await expect(this.page.getByTestId("voice-feedback")).not.toContainText("Working…");
    return (await this.page.getByTestId("voice-reply").textContent()) ?? "";
  }

  /** Types a command in the command box and sends it. */
  async command(sentence: string) {
    await this.page.getByRole("textbox", { name: "Type a command" }).fill(sentence);
    await this.page.getByRole("form", { name: "Command" }).getByRole("button", { name: "Go" }).click();
    await expect(this.page.getByTestId("voice-feedback")).toContainText(sentence);
    await expect(this.page.getByTestId("voice-feedback")).not.toContainText("Working…");
  }

  get reply(): Locator {
    return this.page.getByTestId("voice-reply");
  }

  async openView(name: string) {
    await this.page.getByRole("navigation", { name: "Lists and views" }).getByRole("link", { name }).click();
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
  }

  async showTab(name: "Open" | "Completed" | "All") {
    await this.page
      .getByRole("navigation", { name: "Show" })
      .getByRole("link", { name, exact: true })
      .click();
    await expect(
      this.page.getByRole("navigation", { name: "Show" }).getByRole("link", { name, exact: true }),
    ).toHaveAttribute("aria-current", "page");
  }
}

export const test = base.extend<{ todoPage: TodoPage }>({
  todoPage: async ({ page }, use) => {
    await use(new TodoPage(page));
  },
});

export { expect };

/** A local date YYYY-MM-DD `days` from today, as the browser sees it. */
export function localDate(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
