import { handlers } from "@/lib/auth/config";

// GET/POST /api/auth/* - Auth.js: sign-in, callbacks of OAuth providers, sign-out, session
export const { GET, POST } = handlers;
