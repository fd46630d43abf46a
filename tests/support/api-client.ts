import { newGuestToken } from "@/lib/auth/guest-token";

// Calls route handlers directly, as Next would, with a browser's guest cookie.

export type Handler = (
  request: Request,
  context: { params: Promise<Record<string, string>> },
) => Promise<Response>;
export type ApiResponse = {
  status: number;
  body: { [key: string]: unknown } & { error?: { code: string; message: string } };
  headers: Headers;
};

export function guestClient(token = newGuestToken()) {
  return async (
    handler: unknown,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse> => {
    const id = path.split("/")[3] ?? "";
    const init: RequestInit = { method, headers: { cookie: `vt_guest=${token}`, ...headers } };
    if (body !== undefined) {
      init.body = typeof body === "string" ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)["content-type"] ??= "application/json";
    }
    const response = await (handler as Handler)(new Request(`http://localhost:3000${path}`, init), {
      params: Promise.resolve({ id }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {}, headers: response.headers };
  };
}
