import { signUp } from "@/lib/auth/accounts";
import { signIn } from "@/lib/auth/config";
import { resolveUser } from "@/lib/auth/current-user";
import { signUpInput } from "@/lib/auth/schemas";
import { getDb } from "@/lib/db";
import { readJson } from "@/lib/http/body";
import { publicRoute } from "@/lib/http/route";

// POST /api/signup - create an account (a guest's todos come along) and sign in
export const POST = publicRoute(
  async ({ request }) => {
    const input = await readJson(request, signUpInput);
    const db = await getDb();
    const { id } = await signUp(db, input, await resolveUser(request.headers));
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    return Response.json({ user: { id, email: input.email, name: input.name } }, { status: 201 });
  },
  { rateLimit: "signup" },
);
