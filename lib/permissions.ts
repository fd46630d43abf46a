// Who may do what on a list: decided here, enforced by every query that
// reads or writes through a list membership.

export type Role = "owner" | "editor" | "viewer";
export type ListAction = "read" | "write" | "manage";

const ALLOWED: Record<ListAction, readonly Role[]> = {
  read: ["owner", "editor", "viewer"],
  write: ["owner", "editor"],
  manage: ["owner"],
};

export function can(role: Role | null | undefined, action: ListAction): boolean {
  return role != null && ALLOWED[action].includes(role);
}
