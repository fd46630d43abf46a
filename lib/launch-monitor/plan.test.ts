import { describe, expect, test } from "vitest";
import type { RatedFigure } from "@/lib/analytics/metrics";
import { AppError } from "@/lib/errors";
import { authorizeCron } from "./cron-auth";
import { planActions, reportMail } from "./plan";

describe("what the monitor does", () => {
  test.each([
    ["ok", null, false, { notify: false, killSwitch: false }],
    ["warning", "ok", false, { notify: true, killSwitch: false }],
    ["warning", "warning", false, { notify: false, killSwitch: false }],
    ["critical", "warning", false, { notify: true, killSwitch: true }],
    ["critical", "critical", false, { notify: false, killSwitch: true }],
    ["critical", "critical", true, { notify: false, killSwitch: false }],
    ["warning", "critical", false, { notify: true, killSwitch: false }],
  ] as const)("%s after %s (switch used: %s)", (status, previousStatus, used, plan) => {
    expect(planActions({ status, previousStatus, killSwitchUsedThisEpisode: used })).toEqual(plan);
  });

  test("the mail lists the worst figures first, with targets", () => {
    const figures: RatedFigure[] = [
      { metric: "registration_rate", numerator: 8, denominator: 40, value: 0.2, target: 0.15, rating: "ok" },
      {
        metric: "error_rate",
        numerator: 50,
        denominator: 1000,
        value: 0.05,
        target: 0.01,
        rating: "critical",
      },
    ];
    const mail = reportMail({ status: "critical", figures, killSwitch: "off", adminUrl: "http://x/admin" });
    expect(mail.subject).toBe("Voice Todo launch monitor: critical");
    expect(mail.text.split("\n").slice(2, 4)).toEqual([
      "- Error rate: 5.0% (target < 1%) — critical",
      "- Registration rate: 20.0% (target ≥ 15%) — ok",
    ]);
    expect(mail.text).toContain("Voice commands were turned off");
  });
});

describe("the cron route's authorization", () => {
  const secret = "s".repeat(32);
  test("the right bearer passes", () => {
    expect(() => authorizeCron(`Bearer ${secret}`, secret)).not.toThrow();
  });
  test.each([[null], ["Bearer nope"], [secret], [`Basic ${secret}`]])("%s is refused with 401", (header) => {
    expect(() => authorizeCron(header, secret)).toThrow(expect.objectContaining({ code: "unauthorized" }));
  });
  test("without a configured secret the route does not exist", () => {
    expect(() => authorizeCron(`Bearer ${secret}`, undefined)).toThrow(AppError);
    expect(() => authorizeCron(`Bearer ${secret}`, undefined)).toThrow(
      expect.objectContaining({ code: "not_found" }),
    );
  });
});
