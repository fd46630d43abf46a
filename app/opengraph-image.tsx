import { ImageResponse } from "next/og";

// The link preview for every page: brand, tagline and a spoken command turned
// into a todo. Drawn with next/og's built-in font; no network at build time.

export const alt = "Voice Todo: talk to your todo list, in English, Spanish or German";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const ACCENT = "#7b8cff";
const INK = "#e8eaf0";
const MUTED = "#9aa3b2";

export default function OpengraphImage() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "linear-gradient(135deg, #111318 0%, #1a1f35 60%, #262c4d 100%)",
        color: INK,
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 22 }}>
        <svg width="76" height="76" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="8" fill="#3d5afe" />
          <rect x="11.5" y="5" width="9" height="13.5" rx="4.5" fill="#fff" />
          <path
            d="M8 15a8 8 0 0 0 16 0M16 23v4"
            fill="none"
            stroke="#fff"
            strokeWidth="2.4"
            strokeLinecap="round"
          />
          <circle cx="24.5" cy="24.5" r="6" fill="#1b7f3b" stroke="#3d5afe" strokeWidth="1.5" />
          <path
            d="m21.8 24.6 1.9 1.9 3.3-3.4"
            fill="none"
            stroke="#fff"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <div style={{ fontSize: 44, fontWeight: 700 }}>Voice Todo</div>
      </div>

      <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
        <div style={{ fontSize: 84, fontWeight: 700, lineHeight: 1.05, letterSpacing: -2 }}>
          Talk to your todo list.
        </div>
        <div style={{ fontSize: 36, color: MUTED }}>In English, Spanish or German. No sign-up to start.</div>
      </div>

      <div
        style={{
          display: "flex",
          flexDirection: "column",
          gap: 18,
          padding: "26px 32px",
          borderRadius: 24,
          background: "rgba(255, 255, 255, 0.06)",
          border: "1px solid rgba(255, 255, 255, 0.12)",
        }}
      >
        <div style={{ fontSize: 34, display: "flex" }}>
          “add call the plumber tomorrow at 9 high priority”
        </div>
        <div style={{ display: "flex", gap: 14 }}>
          {["tomorrow 09:00", "high", "Inbox"].map((chip) => (
            <div
              key={chip}
              style={{
                display: "flex",
                fontSize: 26,
                padding: "6px 20px",
                borderRadius: 999,
                background: "#262c4d",
                border: `1px solid ${ACCENT}`,
                color: INK,
              }}
            >
              {chip}
            </div>
          ))}
        </div>
      </div>
    </div>,
    size,
  );
}
