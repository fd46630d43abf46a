import { CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { signInInput } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { readJson } from "@/lib/http/body";
import { enforceRateLimit, publicRoute } from "@/lib/http/route";

// POST /api/signin - sign in with email and password (for clients that speak JSON)
export const POST = publicRoute(
  async ({ request }) => {
    const input = await readJson(request, signInInput);
    await enforceRateLimit("auth", `account:${input.email}`);
    try {
      await signIn("credentials", { ...input, redirect: false });
    } catch (error) {
      if (error instanceof CredentialsSignin)
        throw new AppError("unauthorized", "Email or password is incorrect");
      throw error;
    }
    return { ok: true };
  },
  { rateLimit: "auth" },
);
