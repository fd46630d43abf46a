"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { sharingRequest } from "./sharing-api";

// What a shared link or a team invitation opens: what it leads to, then
// one button (and a password for protected links). A guest accepting a
// team invitation is sent to sign up first, and comes back here after.

type Kind = "share" | "invitation";
type Info = { listName?: string; teamName?: string; role: string; needsPassword?: boolean };

export function AcceptLink({ kind, token }: { kind: Kind; token: string }) {
  const router = useRouter();
  const path = kind === "share" ? `/api/shares/${token}` : `/api/invitations/${token}`;
  const { data, error } = useQuery({
    queryKey: ["accept", kind, token],
    queryFn: () => sharingRequest<Info>(path),
    retry: false,
  });
  const [password, setPassword] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [signUp, setSignUp] = useState<string | null>(null);

  async function accept(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(kind === "share" && password ? { password } : {}),
    });
    const body = (await response.json().catch(() => ({}))) as {
      listId?: string;
      error?: { message: string; details?: { signUp?: string } };
    };
    if (response.ok) router.push(body.listId ? `/todos?list=${body.listId}` : "/teams");
    else {
      setProblem(body.error?.message ?? "That did not work. Please try again.");
      setSignUp(body.error?.details?.signUp ?? null);
    }
  }

  if (error) return <p role="alert">This link does not work any more. Ask for a new one.</p>;
  if (!data) return <p>Loading…</p>;
  const what = kind === "share" ? `the list "${data.listName}"` : `the team "${data.teamName}"`;
  return (
    <form onSubmit={accept} className="share-form">
      <p>
        You were invited to {what} ({data.role === "viewer" ? "view only" : "can edit"}).
      </p>
      {data.needsPassword && (
        <label>
          Password
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
      )}
      <button type="submit" className="button button-primary">
        {kind === "share" ? "Open the list" : "Join the team"}
      </button>
      {problem && (
        <p role="alert" className="form-error">
          {problem} {signUp && <a href={signUp}>Sign up</a>}
        </p>
      )}
    </form>
  );
}
