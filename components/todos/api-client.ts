import type { PreferencesDto } from "@/lib/preferences/schemas";

/** An API error with the server's code and message, shown to the user as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function request<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {};
  const response = await fetch(path, {
    ...rest,
    headers: { ...(json !== undefined ? { "content-type": "application/json" } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? "unknown",
      body?.error?.message ?? response.statusText,
    );
  }
  return body as T;
}

export const api = {
  logVoiceCommand: (input: Record<string, unknown>) =>
    request<{ id: string }>("/api/voice/commands", { method: "POST", json: input }),
  preferences: () => request<{ preferences: PreferencesDto }>("/api/preferences").then((r) => r.preferences),
  updatePreferences: (patch: Partial<PreferencesDto>) =>
    request<{ preferences: PreferencesDto }>("/api/preferences", { method: "PATCH", json: patch }).then(
      (r) => r.preferences,
    ),
};
