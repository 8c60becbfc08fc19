// The share cards (issue #16): what each page's card says, in each language, and that all of it is
// on the card: no line cut off at an edge, nothing drawn over anything else, Thai marks inside the
// picture, Arabic laid out from the right with "7-OH" as written. The pictures themselves are checked
// after the build (tests/e2e/share-cards.spec.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { HEIGHT, WIDTH, cardLayout as layout, layoutLine as line, type Drawn } from "../../scripts/lib/share-card.mjs";
import { shareCard } from "../../src/app/share-card";
import type { MetaPage } from "../../src/app/page-meta";
import { PAGE_SLUGS } from "../../src/config/paths";
import { claims } from "../../src/content/claims";
import { loadClaims } from "../../src/content/selectors";
import { gradeLabel } from "../../src/features/evidence/grade-label";
import { i18n, setLanguage } from "../../src/i18n";
import { LRI, PDI } from "../../src/i18n/bidi-isolate";
import { SHIPPED } from "../../src/i18n/languages";

beforeAll(async () => {
  await loadClaims();
  for (const l of SHIPPED) await setLanguage(l.code);
}, 30_000);

/** Every page that has a card: the fixed pages and every claim's page. */
const PAGES: { page: MetaPage; claimId?: string }[] = [
  ...PAGE_SLUGS.map((slug): { page: MetaPage } => ({ page: slug === "" ? "home" : slug })),
  ...claims.map((c) => ({ page: "claim" as const, claimId: c.id })),
];

const overlap = (a: Drawn["box"], b: Drawn["box"]) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const squash = (s: string) => s.replace(/[\s\u2066-\u2069]/g, "");

describe.each(SHIPPED.map((l) => [l.code, l.dir] as const))("share cards in %s", (lang, dir) => {
  const t = () => i18n.getFixedT(lang);

  it("show every page's whole title, inside the picture, with nothing drawn over anything else", () => {
    for (const { page, claimId } of PAGES) {
      const card = shareCard(t(), lang, dir, page, claimId);
      expect(card, `${page} ${claimId ?? ""}`).not.toBeNull();
      if (!card) continue;
      const { drawn } = layout(card);
      const where = `${lang} ${claimId ?? page}`;
      // The title in full (never ellipsised), line by line.
      const title = drawn.filter((d) => d.role === "title");
      expect(squash(title.map((d) => d.text).join("")), where).toBe(squash(card.title));
      for (const d of drawn) {
        // Inside the picture; text other than the site's name below the header bar and above the foot bar.
        const top = d.role === "site" ? 0 : 104;
        expect(d.box.x0, `${where}: "${d.text}" starts off the picture`).toBeGreaterThanOrEqual(0);
        expect(d.box.x1, `${where}: "${d.text}" runs off the picture`).toBeLessThanOrEqual(WIDTH);
        expect(d.box.y0, `${where}: "${d.text}" is cut at the top`).toBeGreaterThanOrEqual(top);
        expect(d.box.y1, `${where}: "${d.text}" is cut at the bottom`).toBeLessThanOrEqual(HEIGHT - 14);
      }
      // Lines of text never touch one another or a badge (a badge's own words sit inside it).
      const blocks = drawn.filter((d) => !d.role.startsWith("badge-"));
      blocks.forEach((a, i) =>
        blocks
          .slice(i + 1)
          .forEach((b) => expect(overlap(a.box, b.box), `${where}: "${a.text}" / "${b.text}"`).toBe(false)),
      );
    }
  });

  it("show a claim's badge: its grade's words, as on the page, and start from the reading side", () => {
    for (const claim of claims) {
      const card = shareCard(t(), lang, dir, "claim", claim.id);
      if (!card) throw new Error(claim.id);
      const { drawn } = layout(card);
      expect(drawn.filter((d) => d.role === "badge-label").map((d) => d.text)).toEqual([gradeLabel(t(), claim, lang)]);
      const badge = drawn.find((d) => d.role === "badge");
      if (!badge) throw new Error(`${claim.id}: no badge`);
      // The badge and the title line up on the start edge: the left in left-to-right text, the right in Arabic.
      const title = drawn.find((d) => d.role === "title");
      if (!title) throw new Error(`${claim.id}: no title`);
      if (dir === "rtl") {
        expect(badge.box.x1).toBeGreaterThan(WIDTH - 80);
        expect(title.box.x1).toBeGreaterThan(WIDTH - 80);
      } else {
        expect(badge.box.x0).toBeLessThan(80);
        expect(title.box.x0).toBeLessThan(80);
      }
    }
  });

  it("give a section's card one badge for each grade its claims have, with how many", () => {
    const card = shareCard(t(), lang, dir, "long-term");
    const grades = card?.badges.map((b) => b.grade);
    expect(grades).toEqual(["moderate", "low", "very-low", "official"]);
    const total = claims.filter((c) => c.section === "long-term").length;
    expect(card?.badges.reduce((sum, b) => sum + Number(b.count), 0)).toBe(total);
  });
});

describe("text on the cards", () => {
  it('keeps "7-OH" as written inside Arabic text (isolated), which left alone reads "OH-7"', () => {
    const order = (text: string) => {
      const { glyphs } = line(text, { size: 40, weight: 700, dir: "rtl" });
      const x = (ch: string) => glyphs.find((g) => g.index === text.indexOf(ch))?.x ?? NaN;
      return x("7") < x("O");
    };
    expect(order(`منتجات ${LRI}7-OH${PDI} القوية`)).toBe(true);
    expect(order("منتجات 7-OH القوية")).toBe(false);
  });

  it("sets Arabic from right to left: the first word is drawn rightmost", () => {
    const text = "الكراتوم ليس له استخدامات";
    const { glyphs } = line(text, { size: 40, weight: 400, dir: "rtl" });
    const first = glyphs.filter((g) => g.index < 8).map((g) => g.x);
    const last = glyphs.filter((g) => g.index > 20).map((g) => g.x);
    expect(Math.min(...first)).toBeGreaterThan(Math.max(...last));
  });
});
