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

/**
 * Sharing a list (adding, re-roling or removing members, link shares) is
 * managing it. Any member may leave a list on their own, though: removing
 * oneself needs only read.
 */
export function canRemoveMember(role: Role | null | undefined, removingSelf: boolean): boolean {
  return removingSelf ? can(role, "read") : can(role, "manage");
}

// Teams: everyone in a team sees its members; owners invite, change roles
// and remove; a member may always leave. A list shared with a team reaches
// each member with the weaker of the share's role and their team role, so a
// team viewer never writes to a list shared with the team as editor
// (db/queries/access.ts applies this in SQL).
export type TeamAction = "read" | "invite" | "manage";

const TEAM_ALLOWED: Record<TeamAction, readonly Role[]> = {
  read: ["owner", "editor", "viewer"],
  invite: ["owner"],
  manage: ["owner"],
};

export function canOnTeam(role: Role | null | undefined, action: TeamAction): boolean {
  return role != null && TEAM_ALLOWED[action].includes(role);
}

const STRENGTH: Record<Role, number> = { owner: 0, editor: 1, viewer: 2 };

/** The weaker of two roles (what a team member gets through a list shared with the team). */
export function weakerRole(a: Role, b: Role): Role {
  return STRENGTH[a] >= STRENGTH[b] ? a : b;
}
