import { mkdtemp, mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
// @ts-expect-error: a plain JavaScript build script, without types
import { keepPreviousAssets } from "../../scripts/keep-previous-assets.mjs";

const keep = keepPreviousAssets as (previous: string, dist: string) => Promise<number>;

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "site-"));
  for (const [name, body] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), body);
  }
  return dir;
}
const assets = async (dir: string) => (await readdir(path.join(dir, "assets"))).sort();

describe("keeping the previous build's files for one deploy", () => {
  it("copies the previous build's own files from a folder, and lists only the new build's own", async () => {
    const v1 = await site({ "assets/a-1.js": "a1", "assets/same-0.js": "s" });
    expect(await keep(path.join(v1, "nowhere"), v1)).toBe(0); // first deploy: nothing before it
    const v2 = await site({ "assets/a-2.js": "a2", "assets/same-0.js": "s" });
    expect(await keep(v1, v2)).toBe(1);
    expect(await assets(v2)).toEqual(["a-1.js", "a-2.js", "same-0.js"]);
    expect(await readFile(path.join(v2, "build-files.txt"), "utf8")).toBe("a-2.js\nsame-0.js\n");
    // A third deploy keeps v2's files only: v1's are dropped, old files never pile up.
    const v3 = await site({ "assets/a-3.js": "a3" });
    expect(await keep(v2, v3)).toBe(2);
    expect(await assets(v3)).toEqual(["a-2.js", "a-3.js", "same-0.js"]);
    expect(await keep(v2, v3)).toBe(0); // run twice: same result
    expect(await readFile(path.join(v3, "build-files.txt"), "utf8")).toBe("a-3.js\n");
  });

  it("fetches them from the published site's address", async () => {
    const live = await site({ "build-files.txt": "a-1.js\ngone-1.js\n", "assets/a-1.js": "a1" });
    const server = createServer((req, res) => {
      void readFile(path.join(live, req.url ?? "/")).then(
        (body) => res.end(body),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const next = await site({ "assets/a-2.js": "a2" });
    const warnings: unknown[] = [];
    const warn = vi.spyOn(console, "warn").mockImplementation((...args) => warnings.push(...args));
    try {
      expect(await keep(`http://127.0.0.1:${port}`, next)).toBe(1);
    } finally {
      server.close();
      warn.mockRestore();
    }
    // A listed file already gone from the site is reported, not fatal.
    expect(warnings).toEqual([expect.stringContaining("not kept: assets/gone-1.js (404")]);
    expect(await assets(next)).toEqual(["a-1.js", "a-2.js"]);
    expect(await readFile(path.join(next, "assets", "a-1.js"), "utf8")).toBe("a1");
  });
});
