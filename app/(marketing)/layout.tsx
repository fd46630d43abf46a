import Link from "next/link";
import type { ReactNode } from "react";
import { BrandMark } from "@/components/marketing/brand-mark";
import styles from "@/components/marketing/marketing.module.css";

// The public pages' frame: brand, the way into the app, and a footer.
export default function MarketingLayout({ children }: { children: ReactNode }) {
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <header className={styles.header}>
        <Link className={styles.brand} href="/">
          <BrandMark />
          Voice Todo
        </Link>
        <nav className={styles.nav} aria-label="Account">
          <Link className={styles.navLink} href="/signin">
            Sign in
          </Link>
          <Link className="button button-primary" href="/todos">
            Open the app
          </Link>
        </nav>
      </header>
      <main id="main" className={styles.main}>
        {children}
      </main>
      <footer className={styles.footer}>
        <div className={styles.footerBrand}>
          <Link className={styles.brand} href="/">
            <BrandMark />
            Voice Todo
          </Link>
          <p>Your todo list, run by talking to it. In English, Español and Deutsch.</p>
        </div>
        <nav className={styles.footerNav} aria-label="Footer">
          <Link href="/todos">Open the app</Link>
          <Link href="/signin">Sign in</Link>
        </nav>
      </footer>
    </div>
  );
}
