// Real-time propagation: one browser context adds a todo, a second context of
// the same user (its own IndexedDB copy) shows it. Measured from just before
// the keypress to the row appearing on the other screen, over N changes, with
// the built-in transport (Server-Sent Events) of the server at `baseUrl`.
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

export type PropagationResult = { n: number; p50: number; p95: number; max: number };

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export async function runPropagationBench(baseUrl: string, changes = 100): Promise<PropagationResult> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const first = await browser.newContext({ baseURL: baseUrl });
    const a = await first.newPage();
    await a.goto("/todos");
    await a.getByTestId("sync-status").filter({ hasText: "Synced" }).waitFor();
    const second = await browser.newContext({ baseURL: baseUrl, storageState: await first.storageState() });
    const b = await second.newPage();
    await b.goto("/todos");
    await b.getByTestId("sync-status").filter({ hasText: "Synced" }).waitFor();
    // Let B's event stream connect before the first measured change.
    await b.waitForTimeout(1_000);
    const input = a.getByRole("textbox", { name: "Todo", exact: true });
    const samples: number[] = [];
    for (let i = 0; i < changes; i++) {
      const title = `propagation ${i} ${Date.now()}`;
      await input.fill(title);
      const seen = b.getByRole("button", { name: title, exact: true }).waitFor({ timeout: 10_000 });
      const started = performance.now();
      await input.press("Enter");
      await seen;
      samples.push(performance.now() - started);
    }
    const sorted = [...samples].sort((x, y) => x - y);
    return {
      n: sorted.length,
      p50: quantile(sorted, 0.5),
      p95: quantile(sorted, 0.95),
      max: sorted.at(-1) ?? 0,
    };
  } finally {
    await browser.close();
  }
}
