import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import sources from "../../src/content/sources.json";
import { SOURCES_NOT_IN_ENGLISH } from "../../src/content/source-languages";
import { renderRoute, tr } from "../render-route";

const NIDA = "https://nida.nih.gov/es/publicaciones/drugfacts/kratom";
const THAI_SUMMARY = "https://medplant.mahidol.ac.th/active/shownews.asp?id=784";
const ENGLISH_DOI = "https://doi.org/10.1021/jacs.6b00360";
const PUBMED = "https://pubmed.ncbi.nlm.nih.gov/27556704/";

/** The one link on the page to an address. */
async function link(href: string): Promise<HTMLAnchorElement> {
  const main = await screen.findByRole("main");
  const found = (await within(main).findAllByRole("link")).filter((a) => a.getAttribute("href") === href);
  expect(found, href).toHaveLength(1);
  return found[0] as HTMLAnchorElement;
}

describe("a link to material in another language than the page's says so", () => {
  it("on English pages: the NIDA entry (its Spanish edition) says “in Spanish”, the Thai summary “in Thai”", async () => {
    await renderRoute("/en/sources");
    const nida = await link(NIDA);
    expect(nida).toHaveAttribute("hreflang", "es");
    expect(nida).toHaveTextContent(tr("en", "common:linkLanguage.es"));
    expect(nida).toHaveTextContent("(in Spanish)");
    const thai = await link(THAI_SUMMARY);
    expect(thai).toHaveAttribute("hreflang", "th");
    expect(thai).toHaveTextContent("(in Thai)");
    // English material on an English page: nothing to say.
    for (const href of [ENGLISH_DOI, PUBMED]) {
      const a = await link(href);
      expect(a).not.toHaveAttribute("hreflang");
      expect(a.textContent).not.toMatch(/\(in /);
    }
  });

  it("on Spanish pages: English material says “en inglés”; the Spanish NIDA page says nothing", async () => {
    await renderRoute("/es/sources");
    for (const href of [ENGLISH_DOI, PUBMED]) {
      const a = await link(href);
      expect(a).toHaveAttribute("hreflang", "en");
      expect(a).toHaveTextContent("(en inglés)");
    }
    const nida = await link(NIDA);
    expect(nida).not.toHaveAttribute("hreflang");
    expect(nida.textContent).not.toContain("(en ");
    expect(await link(THAI_SUMMARY)).toHaveTextContent("(en tailandés)");
  });

  it("on Thai pages the Thai summary says nothing, English material says so in Thai", async () => {
    await renderRoute("/th/sources");
    const thai = await link(THAI_SUMMARY);
    expect(thai).not.toHaveAttribute("hreflang");
    expect(thai.textContent).not.toContain(tr("th", "common:linkLanguage.th"));
    expect(await link(ENGLISH_DOI)).toHaveTextContent(tr("th", "common:linkLanguage.en"));
    expect(await link(ENGLISH_DOI)).toHaveAttribute("hreflang", "en");
  });

  it("names only sources that exist", () => {
    const ids = new Set(sources.map((s) => s.id));
    for (const id of SOURCES_NOT_IN_ENGLISH) expect(ids.has(id), id).toBe(true);
  });
});
