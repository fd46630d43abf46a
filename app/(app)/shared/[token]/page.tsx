import type { Metadata } from "next";
import { AcceptLink } from "@/components/sharing/accept-link";

export const metadata: Metadata = { title: "Shared list · Voice Todo", robots: { index: false } };

// /shared/:token - open a list someone shared by link
export default async function SharedLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main className="app narrow">
      <h1>A shared list</h1>
      <AcceptLink kind="share" token={token} />
    </main>
  );
}
