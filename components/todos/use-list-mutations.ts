"use client";

import { useMutation } from "@tanstack/react-query";
import { enqueue } from "./use-todo-mutations";

export function useCreateList() {
  return useMutation({
    mutationFn: (name: string) => enqueue({ type: "list_add", args: { id: crypto.randomUUID(), name } }),
  });
}

export function useRenameList() {
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      enqueue({ type: "list_update", args: { id, patch: { name } } }),
  });
}

export function useDeleteList() {
  return useMutation({ mutationFn: (id: string) => enqueue({ type: "list_delete", args: { id } }) });
}
