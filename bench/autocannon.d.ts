// autocannon 8 ships no type declarations: just the part bench/load.ts uses.
declare module "autocannon" {
  import type { EventEmitter } from "node:events";

  /** The request as autocannon builds it; setupRequest may change it and must return it. */
  type RequestData = { headers: Record<string, string>; [key: string]: unknown };

  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    method?: "GET" | "POST";
    headers?: Record<string, string>;
    body?: string;
    timeout?: number;
    requests?: { setupRequest?: (request: RequestData) => RequestData }[];
  };

  type Result = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    totalCompletedRequests: number;
    statusCodeStats: Record<string, { count: number }>;
  };

  type Instance = EventEmitter & { stop: () => void };

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;

  export type { Instance, Options, RequestData, Result };
  export default autocannon;
}
