// The theme preference as the `data-theme` attribute on <html>. "system" sets
// none, so the prefers-color-scheme tokens in app/globals.css apply; "light" and
// "dark" set one, and [data-theme] rules there override the media query.

export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function themeAttribute(theme: string | null | undefined): "light" | "dark" | undefined {
  return theme === "light" || theme === "dark" ? theme : undefined;
}

/** The cookie the root layout's inline script reads to set data-theme before first paint. */
export const THEME_COOKIE = "vt_theme";

/** Runs in <head> before anything paints: an explicit choice wins over the device setting. */
export const THEME_SCRIPT = `(function(){try{var m=document.cookie.match(/(?:^|; )${THEME_COOKIE}=(light|dark)(?:;|$)/);if(m)document.documentElement.setAttribute("data-theme",m[1])}catch(e){}})()`;
