#!/usr/bin/env node
// The dependency audit gate: `npm audit --omit=dev` must report no high or
// critical advisory, except those written down in .ci/audit-exceptions.json
// (advisory, package, reason, accepted by and on, review date). An exception
// past its review date stops counting, so accepted risks are looked at again.
//
// When the registry has no audit endpoint (some mirrors and proxies), the gate
// fails unless AUDIT_ALLOW_UNREACHABLE=1, which only machines that cannot
// reach it should set; GitHub Actions always runs the real audit.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const BLOCKING = new Set(["high", "critical"]);
const today = new Date().toISOString().slice(0, 10);

const { exceptions } = JSON.parse(readFileSync(new URL("./audit-exceptions.json", import.meta.url), "utf8"));
for (const e of exceptions) {
  for (const field of ["advisory", "package", "reason", "acceptedBy", "accepted", "review"]) {
    if (!e[field]) throw new Error(`audit exception ${JSON.stringify(e)} lacks "${field}"`);
  }
}

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}
if (!report?.vulnerabilities) {
  const why = report?.message ?? run.stderr.trim().split("\n").slice(-1)[0] ?? "no output";
  if (process.env.AUDIT_ALLOW_UNREACHABLE === "1") {
    console.warn(`audit: SKIPPED, the registry's audit endpoint did not answer (${why})`);
    process.exit(0);
  }
  console.error(`audit: the registry's audit endpoint did not answer (${why})`);
  process.exit(1);
}

/** GHSA id from the advisory URL when there is one, else npm's numeric id. */
const advisoryId = (via) => /GHSA-[\w-]+/.exec(via.url ?? "")?.[0] ?? String(via.source);

const findings = new Map();
for (const [pkg, vuln] of Object.entries(report.vulnerabilities)) {
  for (const via of vuln.via) {
    // Strings point at another vulnerable package: its own entry carries the advisory.
    if (typeof via !== "object" || !BLOCKING.has(via.severity)) continue;
    const id = advisoryId(via);
    findings.set(`${id} ${via.name}`, {
      id,
      package: via.name,
      severity: via.severity,
      title: via.title,
      through: pkg,
    });
  }
}

const blocking = [];
const used = new Set();
for (const finding of findings.values()) {
  const exception = exceptions.find(
    (e) => (e.advisory === finding.id || e.advisory === String(finding.id)) && e.package === finding.package,
  );
  if (exception && exception.review >= today) {
    used.add(exception);
    console.log(
      `audit: accepted ${finding.id} in ${finding.package} (${finding.severity}) until ${exception.review}: ${exception.reason}`,
    );
  } else {
    const expired = exception ? ` (exception expired ${exception.review})` : "";
    blocking.push(`${finding.severity} ${finding.id} ${finding.package}: ${finding.title}${expired}`);
  }
}
for (const e of exceptions) {
  if (!used.has(e))
    console.warn(`audit: exception ${e.advisory} (${e.package}) no longer matches anything: remove it`);
}
if (blocking.length > 0) {
  console.error(`audit: ${blocking.length} high or critical advisories in production dependencies:`);
  for (const line of blocking) console.error(`  ${line}`);
  console.error("Upgrade, or accept in .ci/audit-exceptions.json with a reason and a review date.");
  process.exit(1);
}
console.log(`audit: no unaccepted high or critical advisories (${findings.size} found, all accepted)`);
