"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { Role } from "@/lib/permissions";
import { sharingKeys, sharingRequest } from "./sharing-api";

// Teams: create one, invite people by email (a single-use link that
// expires), change roles, remove members or leave. Lists are shared with a
// team from the list's Share panel.

type TeamSummary = { id: string; name: string; role: Role; memberCount: number };
type TeamDetail = {
  team: { id: string; name: string; role: Role };
  members: { userId: string; name: string; email: string | null; role: Role }[];
  invitations: { id: string; email: string; role: Role; expiresAt: string }[];
};

export function TeamsPage({ userId }: { userId: string }) {
  const client = useQueryClient();
  const { data: teams = [] } = useQuery({
    queryKey: sharingKeys.teams(),
    queryFn: () => sharingRequest<{ teams: TeamSummary[] }>("/api/teams").then((r) => r.teams),
  });
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => sharingRequest("/api/teams", "POST", { name }),
    onSuccess: () => {
      setName("");
      return client.invalidateQueries({ queryKey: sharingKeys.teams() });
    },
    onError: (e) => setError(e.message),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) create.mutate();
  }

  return (
    <div className="teams">
      <form className="share-form" onSubmit={submit}>
        <label htmlFor="team-name">New team</label>
        <input id="team-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
        <button type="submit" className="button">
          Create team
        </button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {teams.length === 0 && <p>You are not in any team yet.</p>}
      {teams.map((t) => (
        <Team key={t.id} teamId={t.id} userId={userId} />
      ))}
    </div>
  );
}

function Team({ teamId, userId }: { teamId: string; userId: string }) {
  const client = useQueryClient();
  const { data } = useQuery({
    queryKey: sharingKeys.team(teamId),
    queryFn: () => sharingRequest<TeamDetail>(`/api/teams/${teamId}`),
  });
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [message, setMessage] = useState<string | null>(null);
  const run = useMutation({
    mutationFn: (call: { path: string; method: string; json?: unknown }) =>
      sharingRequest(call.path, call.method, call.json),
    onSuccess: () => client.invalidateQueries({ queryKey: sharingKeys.teams() }),
    onError: (e) => setMessage(e.message),
  });
  if (!data) return null;
  const isOwner = data.team.role === "owner";
  const base = `/api/teams/${teamId}`;

  function invite(event: FormEvent) {
    event.preventDefault();
    run.mutate(
      { path: `${base}/invitations`, method: "POST", json: { email, role } },
      {
        onSuccess: () => {
          setMessage(`Invitation sent to ${email}`);
          setEmail("");
        },
      },
    );
  }

  return (
    <section aria-labelledby={`team-${teamId}`} className="team">
      <h2 id={`team-${teamId}`}>{data.team.name}</h2>
      <ul aria-label={`Members of ${data.team.name}`}>
        {data.members.map((m) => (
          <li key={m.userId}>
            {m.name} {m.email && <span className="member-email">{m.email}</span>}{" "}
            {isOwner && m.userId !== userId ? (
              <>
                <select
                  aria-label={`Team role of ${m.name}`}
                  value={m.role}
                  onChange={(e) =>
                    run.mutate({
                      path: `${base}/members/${m.userId}`,
                      method: "PATCH",
                      json: { role: e.target.value },
                    })
                  }
                >
                  <option value="owner">Owner</option>
                  <option value="editor">Editor</option>
                  <option value="viewer">Viewer</option>
                </select>
                <button
                  type="button"
                  className="button"
                  onClick={() => run.mutate({ path: `${base}/members/${m.userId}`, method: "DELETE" })}
                >
                  Remove {m.name}
                </button>
              </>
            ) : (
              <span className="badge">{m.role}</span>
            )}
            {m.userId === userId && (
              <button
                type="button"
                className="button"
                onClick={() => run.mutate({ path: `${base}/members/${m.userId}`, method: "DELETE" })}
              >
                Leave
              </button>
            )}
          </li>
        ))}
      </ul>
      {isOwner && (
        <form className="share-form" onSubmit={invite}>
          <label htmlFor={`invite-${teamId}`}>Invite by email</label>
          <input
            id={`invite-${teamId}`}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
          />
          <select
            aria-label="Role"
            value={role}
            onChange={(e) =>
              setRole(
                e.target.value === "viewer" ? "viewer" : e.target.value === "owner" ? "owner" : "editor",
              )
            }
          >
            <option value="editor">Editor</option>
            <option value="viewer">Viewer</option>
            <option value="owner">Owner</option>
          </select>
          <button type="submit" className="button">
            Invite
          </button>
        </form>
      )}
      {data.invitations.length > 0 && (
        <ul aria-label="Open invitations">
          {data.invitations.map((i) => (
            <li key={i.id}>
              {i.email} ({i.role}){" "}
              <button
                type="button"
                className="button"
                onClick={() => run.mutate({ path: `${base}/invitations/${i.id}`, method: "DELETE" })}
              >
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
