import { expect, test } from "vitest";
import { can, type ListAction, type Role } from "./permissions";

test.each<[Role | null, ListAction, boolean]>([
  ["owner", "read", true],
  ["owner", "write", true],
  ["owner", "manage", true],
  ["editor", "read", true],
  ["editor", "write", true],
  ["editor", "manage", false],
  ["viewer", "read", true],
  ["viewer", "write", false],
  ["viewer", "manage", false],
  [null, "read", false],
  [null, "write", false],
])("%s may %s: %s", (role, action, allowed) => {
  expect(can(role, action)).toBe(allowed);
});
