import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LocalDataMigration } from "@/components/migration/local-data-migration";
import { Providers } from "@/components/providers";
import { THEME_SCRIPT } from "@/components/settings/theme";
import { appUrl } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: appUrl(),
  title: "Voice Todo: talk to your todo list",
  description:
    "Add, complete and find todos by speaking in English, Spanish or German. Works on every device, online or offline.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#111318" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed script of ours that must run before paint */}
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <Providers>
          {children}
          <LocalDataMigration />
        </Providers>
      </body>
    </html>
  );
}
