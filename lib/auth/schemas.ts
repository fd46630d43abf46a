import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "./password";

export const signUpInput = z.strictObject({
  email: z
    .email("Enter a valid email address")
    .max(320)
    .transform((e) => e.trim().toLowerCase()),
  password: z.string().max(MAX_PASSWORD_LENGTH),
  name: z.string().trim().min(1, "Enter your name").max(100),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.strictObject({
  email: z
    .email("Enter a valid email address")
    .max(320)
    .transform((e) => e.trim().toLowerCase()),
  password: z.string().min(1, "Enter your password").max(MAX_PASSWORD_LENGTH),
});

export const createTokenInput = z.strictObject({ name: z.string().trim().min(1, "Name the token").max(80) });
