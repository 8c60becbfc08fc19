// The share cards in dist/ (issue #16), as a chat app or social site fetches them: one picture per
// page, 1200×630 PNG, small enough to be fetched (at most 80 KB). What is on each card, and that none of
// it is clipped, is checked from the layout (tests/share/share-card.test.ts); which page names which
// card, with an origin, in site-address.spec.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { allFiles } from "./lib/files";
import { claims } from "../../src/content/claims";
import { PAGE_SLUGS, claimRest } from "../../src/config/paths";
import { SHIPPED } from "../../src/i18n/languages";

const share = path.resolve(import.meta.dirname, "../../dist/share");
const MAX_BYTES = 80_000;

test("every page has one card: a 1200×630 PNG of at most 80 KB", () => {
  const files = allFiles(share);
  // "en/claims/liver-injury.<hash>.png" → "en/claims/liver-injury"
  const pages = files.map((f) =>
    path
      .relative(share, f)
      .split(path.sep)
      .join("/")
      .replace(/\.[0-9a-f]{10}\.png$/, ""),
  );
  const expected = [
    "choose-language",
    ...SHIPPED.flatMap((l) =>
      [...PAGE_SLUGS, ...claims.map((c) => claimRest(c.id))].map((rest) => `${l.code}/${rest === "" ? "home" : rest}`),
    ),
  ];
  expect([...pages].sort()).toEqual([...expected].sort());
  for (const file of files) {
    const png = readFileSync(file);
    const name = path.relative(share, file);
    expect(png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), name).toBe(true);
    // The IHDR chunk: width and height, big-endian, right after the signature and the chunk's header.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1200, 630]);
    expect(png.length, name).toBeLessThanOrEqual(MAX_BYTES);
  }
});

test('an Arabic page shows "7-OH" as written, not "OH-7"', async ({ page }) => {
  await page.goto("/ar/claims/fda-7oh-scheduling-2025");
  const order = await page.locator("h1").evaluate((h1) => {
    const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const at = text.indexOf("7-OH");
      if (at < 0) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect().left;
      };
      return { seven: box(at), o: box(at + 2) };
    }
    return null;
  });
  expect(order).not.toBeNull();
  expect(order!.seven).toBeLessThan(order!.o);
});
