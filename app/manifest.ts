import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Voice Todo",
    short_name: "Voice Todo",
    description: "Your todo list, run by talking to it.",
    start_url: "/todos",
    scope: "/",
    display: "standalone",
    background_color: "#111318",
    theme_color: "#3d5afe",
    icons: [
      { src: "/pwa-icon/192", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/pwa-icon/512", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/pwa-icon/512", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
