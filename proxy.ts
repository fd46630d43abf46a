import { type NextRequest, NextResponse } from "next/server";
import {
  GUEST_COOKIE,
  GUEST_COOKIE_MAX_AGE,
  isWellFormedGuestToken,
  newGuestToken,
} from "@/lib/auth/guest-token";
import { hasSessionCookie, readSessionClaims } from "@/lib/auth/session";

// Runs before every page and API request:
// - signed-in people skip the landing page and go to their lists;
// - pages that need an account send everyone else to sign in;
// - every other browser gets a guest identity on its first request, so a
//   visitor can use the app at once. The new cookie is also put on the
//   forwarded request, so the page rendering this very request already sees it.
export async function proxy(request: NextRequest) {
  const cookieHeader = request.headers.get("cookie");
  const session = hasSessionCookie(cookieHeader) ? await readSessionClaims(cookieHeader) : null;
  const { pathname } = request.nextUrl;
  if (session && pathname === "/") return NextResponse.redirect(new URL("/todos", request.url));
  if (!session && pathname.startsWith("/settings")) {
    return NextResponse.redirect(new URL(`/signin?next=${encodeURIComponent(pathname)}`, request.url));
  }
  if (session || isWellFormedGuestToken(request.cookies.get(GUEST_COOKIE)?.value)) return NextResponse.next();
  if (request.headers.has("authorization")) return NextResponse.next();

  const token = newGuestToken();
  request.cookies.set(GUEST_COOKIE, token);
  const response = NextResponse.next({ request: { headers: request.headers } });
  response.cookies.set(GUEST_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: isHttps(request),
    path: "/",
    maxAge: GUEST_COOKIE_MAX_AGE,
  });
  return response;
}

function isHttps(request: NextRequest): boolean {
  return request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

export const config = {
  // Not for static files, health probes, Auth.js's own routes or the OpenAPI description.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon|opengraph-image|manifest.webmanifest|sw.js|pwa-icon|api/health|api/ready|api/auth|api/openapi.json).*)",
  ],
};
