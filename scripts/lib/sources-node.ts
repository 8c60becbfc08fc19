// The source designs for Node scripts (the browser gets them from the
// build-time index in sources.ts, which needs Vite).
import { readFileSync } from "node:fs";
import type { Design, Source } from "../../src/content/schema";

const list = JSON.parse(readFileSync(new URL("../../src/content/sources.json", import.meta.url), "utf8")) as Source[];
const designs = new Map(list.map((s) => [s.id, s.design]));

export function designOf(id: string): Design | undefined {
  return designs.get(id);
}
