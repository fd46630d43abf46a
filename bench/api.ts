// The few JSON API calls the benchmark makes outside the load itself: seeding
// the listed user and checking that both servers return the same 50 todos.
import { GUEST_COOKIE, newGuestToken } from "../lib/auth/guest-token";
import type { LoadRequest } from "./load";

export const cookieFor = (token: string) => `${GUEST_COOKIE}=${token}`;

export function listRequest(baseUrl: string, token: string, limit: number): LoadRequest {
  return { url: `${baseUrl}/api/todos?limit=${limit}`, method: "GET", headers: { cookie: cookieFor(token) } };
}

/** A create as one guest, or rotating through several (each request the next guest). */
export function createRequest(baseUrl: string, tokens: string[]): LoadRequest {
  const cookies = tokens.map(cookieFor);
  return {
    url: `${baseUrl}/api/todos`,
    method: "POST",
    headers: { cookie: cookies[0] ?? "", "content-type": "application/json" },
    body: JSON.stringify({ title: "Benchmark create" }),
    cookies: cookies.length > 1 ? cookies : undefined,
  };
}

async function send(request: LoadRequest, expectStatus: number): Promise<unknown> {
  const res = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (res.status !== expectStatus) {
    throw new Error(`${request.method} ${request.url} answered ${res.status}, not ${expectStatus}: ${text}`);
  }
  return JSON.parse(text);
}

/** The ids a list request returns, in order. */
export async function listIds(baseUrl: string, token: string, limit: number): Promise<string[]> {
  const body = await send(listRequest(baseUrl, token, limit), 200);
  const todos = typeof body === "object" && body !== null && "todos" in body ? body.todos : undefined;
  if (!Array.isArray(todos)) throw new Error(`${baseUrl}/api/todos returned no todos array`);
  return todos.map((t: unknown) =>
    typeof t === "object" && t !== null && "id" in t && typeof t.id === "string" ? t.id : "",
  );
}

/** Creates `count` todos for this guest through the app (which creates the guest on first sight). */
export async function seedTodos(baseUrl: string, token: string, count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    const request = createRequest(baseUrl, [token]);
    await send({ ...request, body: JSON.stringify({ title: `Benchmark todo ${i}` }) }, 201);
  }
}

/** `count` new guests, each created (with its Inbox) by the app on first sight; their tokens. */
export async function provisionGuests(baseUrl: string, count: number, concurrency = 8): Promise<string[]> {
  const tokens = Array.from({ length: count }, newGuestToken);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < tokens.length; i = next++) {
      await send(listRequest(baseUrl, tokens[i] ?? "", 1), 200);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return tokens;
}
