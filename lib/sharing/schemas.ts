import { z } from "zod";
import { idSchema } from "@/lib/todos/schemas";

// Inputs of the sharing, team and link-share routes.

export const shareRole = z.enum(["editor", "viewer"]);
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "must be an email address" }));

export const addMemberInput = z.union([
  z.strictObject({ email, role: shareRole.default("editor") }),
  z.strictObject({ teamId: idSchema, role: shareRole.default("editor") }),
]);
export const changeRoleInput = z.strictObject({ role: shareRole });

export const createLinkShareInput = z.strictObject({
  role: shareRole.default("viewer"),
  password: z.string().min(4, "use at least 4 characters").max(200).optional(),
});
export const acceptLinkShareInput = z.strictObject({ password: z.string().max(200).optional() });

export const createTeamInput = z.strictObject({
  name: z.string().trim().min(1, "name must not be empty").max(80, "name must be at most 80 characters"),
});
export const inviteInput = z.strictObject({
  email,
  role: z.enum(["owner", "editor", "viewer"]).default("editor"),
});
export const teamRoleInput = z.strictObject({ role: z.enum(["owner", "editor", "viewer"]) });
