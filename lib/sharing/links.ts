// The URLs people receive. Relative to the app's origin, which the caller
// knows from the request (no configured base URL is needed behind a proxy).

export const shareLinkPath = (token: string) => `/shared/${token}`;
export const invitationLinkPath = (token: string) => `/invitations/${token}`;
export const calendarFeedPath = (secret: string) => `/api/calendar/${secret}.ics`;

export function absoluteUrl(request: Request, path: string): string {
  return new URL(path, request.url).toString();
}

/** How long a team invitation stays valid. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
