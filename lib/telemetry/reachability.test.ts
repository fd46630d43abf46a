import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { routeLabel } from "./metrics";
import { checkAbly, checkUnleash, unleashHealthUrl } from "./reachability";

// A local stand-in for Unleash: /health answers by the status in the path prefix.
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/slow/health") return void setTimeout(() => res.end("late"), 3000);
    res.statusCode = req.url === "/broken/health" ? 500 : req.url === "/health" ? 200 : 404;
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe("checkUnleash", () => {
  test.each([
    ["https://u.example.com/api", "https://u.example.com/health"],
    ["https://u.example.com/api/", "https://u.example.com/health"],
    ["https://u.example.com", "https://u.example.com/health"],
  ])("%s -> %s", (url, expected) => {
    expect(unleashHealthUrl(url)).toBe(expected);
  });

  test("ok when /health answers", async () => {
    expect(await checkUnleash(`${base}/api`)).toMatchObject({ status: "ok", detail: "unleash" });
  });

  test("degraded, never failed, on an error status or a timeout", async () => {
    expect(await checkUnleash(`${base}/broken`)).toMatchObject({
      status: "degraded",
      detail: "unleash: HTTP 500",
    });
    const slow = await checkUnleash(`${base}/slow`);
    expect(slow.status).toBe("degraded");
    expect(slow.ms).toBeLessThan(2500);
  });
});

describe("checkAbly", () => {
  test("asks the REST time endpoint with the key as Basic auth", async () => {
    let seen: { url: string; auth: string | null } | undefined;
    const fake: typeof fetch = async (input, init) => {
      seen = { url: String(input), auth: new Headers(init?.headers).get("authorization") };
      return new Response("[1700000000000]");
    };
    expect(await checkAbly("app.key:secret", fake)).toMatchObject({ status: "ok" });
    expect(seen).toEqual({
      url: "https://rest.ably.io/time",
      auth: `Basic ${Buffer.from("app.key:secret").toString("base64")}`,
    });
  });

  test("a refused key is degraded", async () => {
    const fake: typeof fetch = async () => new Response("{}", { status: 401 });
    expect(await checkAbly("app.key:secret", fake)).toMatchObject({
      status: "degraded",
      detail: "ably: HTTP 401",
    });
  });
});

test("routeLabel folds ids into one series per route", () => {
  expect(routeLabel("/api/todos/0b6f6a3e-6c1b-4f7e-9a43-1c2d3e4f5a6b/restore")).toBe(
    "/api/todos/:id/restore",
  );
  expect(routeLabel("/api/lists")).toBe("/api/lists");
});
