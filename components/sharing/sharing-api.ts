import { queryOptions } from "@tanstack/react-query";
import { ApiError } from "@/components/todos/api-client";
import type { ListMember, ListPerson } from "@/lib/sharing/types";

// The sharing routes as React Query options and calls. Members are server
// state (not part of the offline copy): who else is on a list changes
// rarely, and list_changed notices invalidate the key.

export type MembersDto = { members: ListMember[]; people: ListPerson[] };
export type LinkShareDto = {
  id: string;
  role: "editor" | "viewer";
  hasPassword: boolean;
  revokedAt: string | null;
};

export async function sharingRequest<T>(path: string, method = "GET", json?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: json === undefined ? {} : { "content-type": "application/json" },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as
    | ({ error?: { code: string; message: string } } & T)
    | null;
  if (!response.ok || !body)
    throw new ApiError(
      response.status,
      body?.error?.code ?? "unknown",
      body?.error?.message ?? response.statusText,
    );
  return body;
}

export const sharingKeys = {
  members: (listId: string) => ["list-members", listId] as const,
  shares: (listId: string) => ["list-shares", listId] as const,
  teams: () => ["teams"] as const,
  team: (id: string) => ["teams", id] as const,
};

export const membersQuery = (listId: string, enabled = true) =>
  queryOptions({
    queryKey: sharingKeys.members(listId),
    queryFn: () => sharingRequest<MembersDto>(`/api/lists/${listId}/members`),
    enabled,
    staleTime: 60_000,
    retry: false,
  });

export const linkSharesQuery = (listId: string) =>
  queryOptions({
    queryKey: sharingKeys.shares(listId),
    queryFn: () =>
      sharingRequest<{ shares: LinkShareDto[] }>(`/api/lists/${listId}/shares`).then((r) => r.shares),
  });
