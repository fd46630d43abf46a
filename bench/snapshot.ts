// `next start` runs from a private copy of the build. .next is shared: the e2e
// server and other engineers rebuild it at any time, and a rebuild under a
// running `next start` turns its responses into 500s halfway through a run.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type Snapshot = { dir: string; buildId: string; remove: () => void };

// Caches and dev output are not needed to serve (and are most of the folder's size).
const SKIPPED = new Set(["cache", "dev", "trace", "trace-build", "diagnostics"]);

function readBuildId(root: string): string {
  const file = path.join(root, ".next", "BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : "";
}

/** Copies root/.next into a temporary project folder; fails if a build changed it meanwhile. */
export function snapshotBuild(root: string): Snapshot {
  const dir = mkdtempSync(path.join(tmpdir(), "vt-bench-app-"));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const before = readBuildId(root);
    const source = path.join(root, ".next");
    cpSync(source, path.join(dir, ".next"), {
      recursive: true,
      verbatimSymlinks: true, // .next/node_modules holds relative links into node_modules
      filter: (from) => !SKIPPED.has(path.relative(source, from).split(path.sep)[0] ?? ""),
    });
    const after = readBuildId(root);
    if (!before || before !== after || readBuildId(dir) !== before) {
      throw new Error("the .next build changed while it was copied (someone is building): run again");
    }
    for (const file of ["package.json", "next.config.ts", "tsconfig.json"]) {
      if (existsSync(path.join(root, file))) cpSync(path.join(root, file), path.join(dir, file));
    }
    // Read at run time: packages, static files, migrations (MIGRATIONS_FOLDER is relative to cwd),
    // and lib/ for what next.config.ts imports (the security headers).
    for (const link of ["node_modules", "public", "db", "lib"]) {
      if (existsSync(path.join(root, link))) symlinkSync(path.join(root, link), path.join(dir, link));
    }
    return { dir, buildId: before, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
