import { expect, test } from "vitest";
import { isCrossSiteWrite } from "./same-origin";

const req = (method: string, headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/todos", { method, headers });

test.each([
  ["GET", { "sec-fetch-site": "cross-site" }, false],
  ["POST", { "sec-fetch-site": "same-origin" }, false],
  ["POST", { "sec-fetch-site": "cross-site" }, true],
  ["POST", { "sec-fetch-site": "same-site" }, true],
  ["DELETE", { origin: "https://evil.example", host: "localhost:3000" }, true],
  ["PATCH", { origin: "http://localhost:3000", host: "localhost:3000" }, false],
  ["POST", { origin: "null", host: "localhost:3000" }, true],
  ["POST", {}, false],
])("%s with %j is cross-site: %s", (method, headers, expected) => {
  expect(isCrossSiteWrite(req(method, headers))).toBe(expected);
});
