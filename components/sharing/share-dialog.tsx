"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { ListDto } from "@/lib/todos/schemas";
import { LinkShares } from "./link-shares";
import { membersQuery, sharingKeys, sharingRequest } from "./sharing-api";

// The list's sharing, opened from the list header: people and teams with
// their roles (the owner changes or removes them), sharing by email, links,
// and stopping sharing altogether.

type Props = { list: ListDto; onClose: () => void };

export function ShareDialog({ list, onClose }: Props) {
  const client = useQueryClient();
  const { data, error: loadError } = useQuery(membersQuery(list.id));
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<"editor" | "viewer">("editor");
  const [error, setError] = useState<string | null>(null);
  const isOwner = list.role === "owner";
  const refresh = () => client.invalidateQueries({ queryKey: sharingKeys.members(list.id) });
  const run = useMutation({
    mutationFn: (call: { path: string; method: string; json?: unknown }) =>
      sharingRequest(call.path, call.method, call.json),
    onSuccess: () => {
      setError(null);
      return refresh();
    },
    onError: (e) => setError(e.message),
  });
  const base = `/api/lists/${list.id}/members`;

  function add(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return;
    run.mutate(
      { path: base, method: "POST", json: { email: email.trim(), role } },
      { onSuccess: () => setEmail("") },
    );
  }

  return (
    <div className="share-panel" role="dialog" aria-modal="false" aria-labelledby="share-title">
      <div className="view-header">
        <h2 id="share-title">Share "{list.name}"</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      {loadError && <p role="alert">{loadError.message}</p>}
      <ul className="member-list" aria-label="People with access">
        {data?.members.map((m) => (
          <li key={m.id} className="member">
            <span className="member-name">
              {m.name}
              {m.kind === "team" ? " (team)" : ""}
              {m.email ? <span className="member-email"> {m.email}</span> : null}
            </span>
            {m.role === "owner" || !isOwner ? (
              <span className="badge">{m.role}</span>
            ) : (
              <>
                <select
                  aria-label={`Role of ${m.name}`}
                  value={m.role}
                  onChange={(e) =>
                    run.mutate({ path: `${base}/${m.id}`, method: "PATCH", json: { role: e.target.value } })
                  }
                >
                  <option value="editor">Can edit</option>
                  <option value="viewer">Can view</option>
                </select>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => run.mutate({ path: `${base}/${m.id}`, method: "DELETE" })}
                >
                  Remove {m.name}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {isOwner && (
        <>
          <form className="share-form" onSubmit={add}>
            <label htmlFor="share-email">Email of a person with an account</label>
            <input
              id="share-email"
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              autoComplete="off"
              required
            />
            <label htmlFor="share-role" className="visually-hidden">
              Role
            </label>
            <select
              id="share-role"
              value={role}
              onChange={(e) => setRole(e.target.value === "viewer" ? "viewer" : "editor")}
            >
              <option value="editor">Can edit</option>
              <option value="viewer">Can view</option>
            </select>
            <button type="submit" className="button" disabled={run.isPending}>
              Share
            </button>
          </form>
          <LinkShares listId={list.id} />
          {(data?.members.length ?? 0) > 1 && (
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                if (window.confirm("Stop sharing? Everyone else loses this list at once."))
                  run.mutate({ path: base, method: "DELETE" });
              }}
            >
              Stop sharing
            </button>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
