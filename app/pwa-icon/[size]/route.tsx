import { ImageResponse } from "next/og";

const SIZES = new Set(["192", "512"]);

// GET /pwa-icon/192 and /pwa-icon/512 - the installable app's PNG icons
export async function GET(_request: Request, { params }: { params: Promise<{ size: string }> }) {
  const { size } = await params;
  if (!SIZES.has(size)) return new Response("Not found", { status: 404 });
  const px = Number(size);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#3d5afe",
      }}
    >
      <svg viewBox="0 0 24 24" width={px * 0.55} height={px * 0.55} aria-hidden="true">
        <path
          fill="#ffffff"
          d="M12 14a3 3 0 0 0 3-3V5a3 3 0 0 0-6 0v6a3 3 0 0 0 3 3Zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.92V21h2v-3.08A7 7 0 0 0 19 11h-2Z"
        />
      </svg>
    </div>,
    { width: px, height: px, headers: { "cache-control": "public, max-age=86400, immutable" } },
  );
}
