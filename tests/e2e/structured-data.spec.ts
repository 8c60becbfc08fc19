// Structured data (issue #16): every prerendered page carries schema.org JSON-LD, as a
// search engine, a fact-check explorer or an AI tool reads it from dist/ (built without
// SITE_ORIGIN; tests/e2e/site-address.spec.ts checks the addresses of a build for an origin).
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { claims } from "../../src/content/claims";
import { SECTION_IDS, VERDICTS, type Source } from "../../src/content/schema";
import { PAGE_SLUGS, claimRest } from "../../src/config/paths";
import { SHIPPED } from "../../src/i18n/languages";
import { readNamespace, type Tree } from "../locales";

const dist = path.resolve(import.meta.dirname, "../../dist");
const sources = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../src/content/sources.json"), "utf8"),
) as Source[];
const fileFor = (url: string) =>
  url.endsWith("/") ? path.join(dist, url, "index.html") : path.join(dist, `${url}.html`);
const RESTS: readonly string[] = [...PAGE_SLUGS, ...claims.map((c) => claimRest(c.id))];
const sourceById = new Map(sources.map((s) => [s.id, s]));
const ARTICLE_TITLE = "Exploring The Health Benefits Of Kratom Capsules For Chronic Pain";

type Node = Record<string, unknown> & { "@type": string };
const get = (tree: Tree, key: string): string => {
  const value = key.split(".").reduce<Tree | string | undefined>((t, k) => (typeof t === "object" ? t[k] : t), tree);
  if (typeof value !== "string") throw new Error(`no text at ${key}`);
  return value;
};

/** The page's JSON-LD: exactly one data script, parsed. */
function jsonLd(html: string, url: string): Node[] {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
  expect(scripts.length, `${url}: one JSON-LD script`).toBe(1);
  const data = JSON.parse(scripts[0]![1]!) as { "@context": string; "@graph": Node[] };
  expect(data["@context"], url).toBe("https://schema.org");
  return data["@graph"];
}

/** The sources a page's claims cite (all of them on the sources page). */
function expectedSources(rest: string): string[] {
  if (rest === "sources") return sources.map((s) => s.id);
  const shown = rest.startsWith("claims/")
    ? claims.filter((c) => claimRest(c.id) === rest)
    : (SECTION_IDS as readonly string[]).includes(rest)
      ? claims.filter((c) => c.section === rest)
      : rest === "claims"
        ? claims
        : rest === "article"
          ? claims.filter((c) => c.origin === "article")
          : rest === ""
            ? claims.filter((c) => c.keyMessage)
            : null;
  if (shown === null) return []; // summary: checked for a non-empty list below
  return [...new Set(shown.flatMap((c) => c.sources))];
}

for (const language of SHIPPED) {
  test(`every ${language.code} page is a MedicalWebPage with its language, review date, topic and sources`, () => {
    const common = readNamespace(language.code, "common");
    for (const rest of RESTS) {
      const url = `/${language.code}/${rest}`;
      const html = readFileSync(fileFor(url), "utf8");
      const graph = jsonLd(html, url);
      const page = graph.find((n) => n["@type"] === "MedicalWebPage");
      expect(page, url).toBeDefined();
      if (!page) continue;
      expect(page.inLanguage, url).toBe(language.code);
      expect(page.name, url).toBe(/<title>([^<]+)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, "&"));
      expect(page.lastReviewed, url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The date the page itself shows as its review date (a claim page: its claim's).
      const claim = claims.find((c) => claimRest(c.id) === rest);
      if (claim) expect(page.lastReviewed, url).toBe(claim.reviewed);
      const about = page.about as Node[];
      expect(about.map((a) => a.name)).toEqual([get(common, "topic.kratom"), get(common, "topic.chronicPain")]);
      expect((page.publisher as Node).name).toBe("Kratom Evidence");

      const cited = (page.citation ?? []) as Node[];
      const expected = expectedSources(rest);
      if (rest === "summary") expect(cited.length, url).toBeGreaterThan(0);
      else expect(cited.map((c) => c.name).sort(), url).toEqual(expected.map((id) => sourceById.get(id)!.title).sort());
      for (const work of cited) {
        const source = sources.find((s) => s.title === work.name)!;
        const ids = ((work.identifier ?? []) as Node[]).map((i) => [i.propertyID, i.value]);
        const want = [...(source.doi ? [["DOI", source.doi]] : []), ...(source.pmid ? [["PMID", source.pmid]] : [])];
        expect(ids, `${url}: ${source.id}`).toEqual(want);
        if (source.url) expect(work.url, source.id).toBe(source.url);
      }
      // No address of the site in a build without an origin.
      expect(page.url, url).toBeUndefined();
      expect(JSON.stringify(graph), url).not.toMatch(/localhost/);
    }
  });

  test(`every ${language.code} claim page for a claim from the article has a ClaimReview with our verdict`, () => {
    const claimWords = readNamespace(language.code, "claims");
    const grades = readNamespace(language.code, "grades");
    for (const claim of claims) {
      const url = `/${language.code}/${claimRest(claim.id)}`;
      const graph = jsonLd(readFileSync(fileFor(url), "utf8"), url);
      const review = graph.find((n) => n["@type"] === "ClaimReview");
      if (claim.origin !== "article") {
        expect(review, `${url}: a claim we added reviews nothing`).toBeUndefined();
        continue;
      }
      expect(review, url).toBeDefined();
      if (!review) continue;
      expect(review.inLanguage).toBe(language.code);
      const claimed = review.claimReviewed as string;
      expect(claimed.length, url).toBeGreaterThan(20);
      expect(claimed.startsWith(get(claimWords, `${claim.id}.article`).split("{{")[0]!), url).toBe(true);
      const rating = review.reviewRating as Node;
      expect(rating["@type"]).toBe("Rating");
      expect(rating.alternateName, url).toBe(get(grades, `verdict.${claim.verdict}.label`));
      expect(rating.ratingValue, url).toBe(VERDICTS.length - VERDICTS.indexOf(claim.verdict));
      expect([rating.worstRating, rating.bestRating]).toEqual([1, 5]);
      const item = review.itemReviewed as Node;
      expect(item["@type"]).toBe("Claim");
      const appearance = item.appearance as Node;
      expect(appearance.headline).toBe(ARTICLE_TITLE);
      expect(appearance.datePublished).toBe("2025-07-16");
      // Named, never linked: we never link sellers.
      expect(JSON.stringify(item), url).not.toMatch(/https?:|"url"|"sameAs"/);
      expect(review.datePublished, url).toBe(claim.reviewed);
      expect(review.dateModified, url).toBe(claim.reviewed);
      expect(review.author).toMatchObject({ "@type": "Organization", name: "Kratom Evidence" });
    }
  });
}

test("the not-found page, the bare shell and the language picker: JSON-LD only where there is a page", () => {
  for (const file of ["404.html", "spa.html"])
    expect(readFileSync(path.join(dist, file), "utf8"), file).not.toContain("application/ld+json");
  const picker = jsonLd(readFileSync(path.join(dist, "index.html"), "utf8"), "/");
  expect(picker.map((n) => n["@type"])).toEqual(["MedicalWebPage"]);
});

test("the JSON-LD data script breaks nothing under the Content Security Policy", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy|Refused/.test(m.text())) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto("/es/claims/opioid-receptor-binding");
  await expect(page.locator("html")).toHaveAttribute("data-ready", "true");
  const data = await page.locator('script[type="application/ld+json"]').textContent();
  expect((JSON.parse(data ?? "{}") as { "@graph": Node[] })["@graph"].map((n) => n["@type"])).toEqual([
    "MedicalWebPage",
    "ClaimReview",
  ]);
  expect(problems).toEqual([]);
});
