// npm run smoke -- URL
// A deployed (or locally started) app answers its probes and does the one
// thing it exists for: a throw-away account signs up, creates, reads and
// deletes a todo, and is deleted again, whatever step failed. Exits non-zero
// on the first failure. Used by CI after every preview and production deploy.
//
// VERCEL_AUTOMATION_BYPASS_SECRET (optional) is sent as Vercel's protection
// bypass header, for previews behind Vercel Authentication.
import { randomBytes } from "node:crypto";

type Step = { name: string; ms: number };

export class SmokeError extends Error {
  constructor(step: string, detail: string) {
    super(`${step}: ${detail}`);
    this.name = "SmokeError";
  }
}

/** A minimal cookie jar: the session and guest cookies the API sets. */
class Cookies {
  private readonly jar = new Map<string, string>();

  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair?.indexOf("=") ?? -1;
      if (!pair || eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      // Max-Age=0 (or an empty value) is how a server deletes a cookie.
      if (value === "" || /max-age=0(;|$)/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

export type SmokeOptions = { bypassSecret?: string; timeoutMs?: number; log?: (line: string) => void };

export async function smoke(baseUrl: string, options: SmokeOptions = {}): Promise<Step[]> {
  const base = new URL(baseUrl);
  const cookies = new Cookies();
  const steps: Step[] = [];
  const say = options.log ?? ((line: string) => console.log(line));
  const tag = randomBytes(6).toString("hex");

  async function call(step: string, method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json", "x-request-id": `smoke-${tag}` };
    const cookie = cookies.header();
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) headers["content-type"] = "application/json";
    if (options.bypassSecret) headers["x-vercel-protection-bypass"] = options.bypassSecret;
    const started = performance.now();
    let response: Response;
    try {
      response = await fetch(new URL(path, base), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        redirect: "manual",
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
    } catch (error) {
      throw new SmokeError(step, error instanceof Error ? error.message : String(error));
    }
    cookies.take(response);
    const ms = Math.round(performance.now() - started);
    steps.push({ name: step, ms });
    say(`${String(response.status).padEnd(3)} ${method.padEnd(6)} ${path} (${ms} ms)`);
    return response;
  }

  async function expectJson(step: string, response: Response, status: number): Promise<unknown> {
    const text = await response.text();
    if (response.status !== status) {
      throw new SmokeError(step, `expected HTTP ${status}, got ${response.status}: ${text.slice(0, 300)}`);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new SmokeError(step, `not JSON: ${text.slice(0, 200)}`);
    }
  }

  const email = `smoke-${tag}@smoke-test.invalid`;
  // Long and random: passes the common-password check and cannot be guessed in the seconds the account lives.
  const password = `Smoke-${randomBytes(18).toString("base64url")}`;

  const health = (await expectJson("health", await call("health", "GET", "/api/health"), 200)) as {
    status?: string;
  };
  if (health.status !== "ok") throw new SmokeError("health", `status ${String(health.status)}`);

  // 200 means the database answers and every migration is applied; "degraded" (Redis, Unleash, Ably) still serves.
  const ready = (await expectJson("ready", await call("ready", "GET", "/api/ready"), 200)) as {
    status?: string;
    checks?: unknown;
  };
  say(`   ready: ${ready.status} ${JSON.stringify(ready.checks)}`);

  await expectJson(
    "sign-up",
    await call("sign-up", "POST", "/api/signup", { email, password, name: "Smoke test" }),
    201,
  );
  let failure: unknown;
  try {
    const title = `smoke test ${tag}`;
    const created = (await expectJson(
      "create todo",
      await call("create todo", "POST", "/api/todos", { title }),
      201,
    )) as { todo?: { id?: string; title?: string } };
    const id = created.todo?.id;
    if (!id || created.todo?.title !== title) throw new SmokeError("create todo", "no todo in the answer");

    const read = (await expectJson("read todo", await call("read todo", "GET", `/api/todos/${id}`), 200)) as {
      todo?: { title?: string };
    };
    if (read.todo?.title !== title) throw new SmokeError("read todo", "the todo read back differs");

    const listed = (await expectJson("list todos", await call("list todos", "GET", "/api/todos"), 200)) as {
      todos?: { id: string }[];
    };
    if (!listed.todos?.some((t) => t.id === id)) throw new SmokeError("list todos", "new todo missing");

    await expectJson("delete todo", await call("delete todo", "DELETE", `/api/todos/${id}`), 200);
    const after = (await expectJson("list again", await call("list again", "GET", "/api/todos"), 200)) as {
      todos?: { id: string }[];
    };
    if (after.todos?.some((t) => t.id === id)) throw new SmokeError("delete todo", "todo still listed");
  } catch (error) {
    failure = error;
  }
  // Cleanup runs even after a failed step: a smoke test must not leave accounts behind.
  const deleted = await call("delete account", "DELETE", "/api/account", { confirmation: email });
  if (failure) throw failure;
  await expectJson("delete account", deleted, 200);
  return steps;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv[2] ?? process.env.SMOKE_URL;
  if (!url) {
    console.error("usage: npm run smoke -- https://your-deployment.example.com");
    process.exit(2);
  }
  smoke(url, { bypassSecret: process.env.VERCEL_AUTOMATION_BYPASS_SECRET || undefined }).then(
    (steps) => {
      const total = steps.reduce((sum, s) => sum + s.ms, 0);
      console.log(`smoke test passed against ${url}: ${steps.length} requests, ${total} ms`);
    },
    (error: unknown) => {
      console.error(`smoke test FAILED against ${url}: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
