import { type NextRequest, NextResponse } from "next/server";
import {
  GUEST_COOKIE,
  GUEST_COOKIE_MAX_AGE,
  isWellFormedGuestToken,
  newGuestToken,
} from "@/lib/auth/guest-token";

// Every browser gets a guest identity on its first request, so a visitor can
// use the app at once. The new cookie is also put on the forwarded request,
// so the page rendering this very request already sees it.
export function proxy(request: NextRequest) {
  if (isWellFormedGuestToken(request.cookies.get(GUEST_COOKIE)?.value)) return NextResponse.next();
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
  // Not for static files, health probes or the OpenAPI description.
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|icon|manifest.webmanifest|api/health|api/ready|api/openapi.json).*)",
  ],
};
