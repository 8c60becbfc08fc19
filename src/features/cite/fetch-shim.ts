// citation-js imports node-fetch to fetch remote inputs. This app only ever gives it data, and browsers
// (and Node 20) have fetch built in, so the bundles use that instead of node-fetch's Node-only code.
export default function fetchShim(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return globalThis.fetch(input, init);
}
export const Headers = globalThis.Headers;
