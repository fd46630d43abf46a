"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { linkSharesQuery, sharingKeys, sharingRequest } from "./sharing-api";

// Links that open the list to whoever has them. A new link's URL is shown
// once (only its hash is stored); revoking one stops new visitors.

export function LinkShares({ listId }: { listId: string }) {
  const client = useQueryClient();
  const { data: shares = [] } = useQuery(linkSharesQuery(listId));
  const [role, setRole] = useState<"viewer" | "editor">("viewer");
  const [password, setPassword] = useState("");
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: sharingKeys.shares(listId) });
  const create = useMutation({
    mutationFn: () =>
      sharingRequest<{ url: string }>(`/api/lists/${listId}/shares`, "POST", {
        role,
        ...(password ? { password } : {}),
      }),
    onSuccess: (r) => {
      setUrl(r.url);
      setPassword("");
      return refresh();
    },
    onError: (e) => setError(e.message),
  });
  const revoke = useMutation({
    mutationFn: (id: string) => sharingRequest(`/api/lists/${listId}/shares/${id}`, "DELETE"),
    onSuccess: refresh,
    onError: (e) => setError(e.message),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    create.mutate();
  }

  return (
    <section aria-labelledby="links-title">
      <h3 id="links-title">Links</h3>
      <form className="share-form" onSubmit={submit}>
        <label htmlFor="link-role">Anyone with the link</label>
        <select
          id="link-role"
          value={role}
          onChange={(e) => setRole(e.target.value === "editor" ? "editor" : "viewer")}
        >
          <option value="viewer">can view</option>
          <option value="editor">can edit</option>
        </select>
        <label htmlFor="link-password">Password (optional)</label>
        <input
          id="link-password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
        />
        <button type="submit" className="button" disabled={create.isPending}>
          Create link
        </button>
      </form>
      {url && (
        <p>
          Copy it now, it is shown once: <output aria-label="New link">{url}</output>
        </p>
      )}
      <ul aria-label="Links">
        {shares
          .filter((s) => !s.revokedAt)
          .map((s) => (
            <li key={s.id}>
              {s.role === "editor" ? "Can edit" : "Can view"}
              {s.hasPassword ? ", with password" : ""}{" "}
              <button type="button" className="button" onClick={() => revoke.mutate(s.id)}>
                Revoke
              </button>
            </li>
          ))}
      </ul>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  );
}
