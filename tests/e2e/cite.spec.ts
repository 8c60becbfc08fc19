// "Cite this page" (issue #16): the citation files a reader downloads, made in the browser by
// citation-js, whose code loads only when a file is asked for (no first-view JavaScript).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { claims } from "../../src/content/claims";
import type { Source } from "../../src/content/schema";

const sources = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../src/content/sources.json"), "utf8"),
) as Source[];

test("a claim page's sources download as RIS, BibTeX and CSL-JSON; the code for them loads on request", async ({
  page,
}) => {
  const claim = claims.find((c) => c.id === "opioid-receptor-binding")!;
  const cited = claim.sources.map((id) => sources.find((s) => s.id === id)!);
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`/de/claims/${claim.id}`);
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const cite = page.locator("details.cite");
  await cite.locator("summary").click();
  await expect(cite.locator(".cite__citation")).toContainText("Zuletzt geprüft am 7. Dezember 2026");
  const before = scripts.length;
  expect(
    scripts.some((s) => /\/export-[\w-]+\.js$/.test(s)),
    "citation-js loaded before it was asked for",
  ).toBe(false);

  const files: Record<string, string> = {};
  for (const [label, format] of [
    ["RIS", "ris"],
    ["BibTeX", "bib"],
    ["CSL-JSON", "json"],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      cite.getByRole("button", { name: label }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`kratom-evidence-${claim.id}.${format}`);
    files[format] = readFileSync(await download.path(), "utf8");
  }
  expect(scripts.slice(before).some((s) => /\/export-[\w-]+\.js$/.test(s))).toBe(true);

  expect(files.ris?.match(/^TY {2}- /gm)).toHaveLength(cited.length);
  expect(files.bib?.match(/^@\w+\{/gm)).toHaveLength(cited.length);
  const csl = JSON.parse(files.json ?? "[]") as { title: string; DOI?: string }[];
  expect(csl.map((c) => c.title)).toEqual(cited.map((s) => s.title));
  for (const source of cited.filter((s) => s.doi)) {
    expect(files.ris, source.id).toContain(`DO  - ${source.doi}`);
    expect(files.bib, source.id).toContain(`doi = {${source.doi}}`);
    expect(csl.find((c) => c.title === source.title)?.DOI).toBe(source.doi);
  }
});
