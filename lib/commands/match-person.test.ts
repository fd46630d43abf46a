import { expect, test } from "vitest";
import { matchPerson } from "./match-person";

const people = [
  { userId: "1", name: "Sam Carter" },
  { userId: "2", name: "Samantha Jones" },
  { userId: "3", name: "José Núñez" },
  { userId: "4", name: "Ann Lee" },
  { userId: "5", name: "Ann Park" },
];

test.each<[string, string | null]>([
  ["Sam", "1"],
  ["sam carter", "1"],
  ["Samantha", "2"],
  ["jose", "3"],
  ["Núñez", "3"],
  ["Ann", null],
  ["Ann Park", "5"],
  ["Zed", null],
  ["", null],
])("%s -> %s", (spoken, id) => {
  expect(matchPerson(people, spoken)?.userId ?? null).toBe(id);
});
