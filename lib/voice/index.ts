// Public surface of the voice parser.
export { localeFor, parseUtterance } from "./parse";
export type * from "./types";
