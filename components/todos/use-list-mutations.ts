"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";

export function useCreateList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.createList(name),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.lists() }),
  });
}

export function useRenameList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => api.updateList(id, { name }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.lists() }),
  });
}

export function useDeleteList() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.deleteList(id),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.lists() }),
        client.invalidateQueries({ queryKey: queryKeys.todos() }),
      ]),
  });
}
