import type { Role } from "@/lib/permissions";

// Shapes the sharing routes answer with, for the server and the UI alike.

export type ShareRole = Exclude<Role, "owner">;

export type ListMember = {
  id: string;
  kind: "user" | "team";
  userId: string | null;
  teamId: string | null;
  name: string;
  email: string | null;
  role: Role;
};

/** A person who can read the list, with the role they get: for names and assignment. */
export type ListPerson = { userId: string; name: string; role: Role };
