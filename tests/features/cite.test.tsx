import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import sources from "../../src/content/sources.json";
import type { SourceDetails } from "../../src/content/schema";
import { cslItem } from "../../src/features/cite/citation-data";
import { citationFile } from "../../src/features/cite/export";
import { renderRoute, tr } from "../render-route";

const byId = (id: string) => sources.find((s) => s.id === id) as unknown as SourceDetails;
const JACS = byId("kruegel-2016-mitragynine-opioid-signaling");
const WITH_PMID = byId("varadi-2016-mitragynine-pseudoindoxyl");
const AGENCY = byId("fda-2019-heavy-metals-test-results");

describe("citation data: a source as CSL-JSON", () => {
  it("splits people's names, the journal's volume, issue and pages, and keeps the DOI and PubMed id", () => {
    expect(cslItem(JACS)).toMatchObject({
      type: "article-journal",
      title: JACS.title,
      author: expect.arrayContaining([
        { family: "Kruegel", given: "AC" },
        { family: "Sames", given: "D" },
      ]) as unknown,
      issued: { "date-parts": [[2016]] },
      "container-title": "Journal of the American Chemical Society",
      volume: "138",
      issue: "21",
      page: "6754-6764",
      DOI: "10.1021/jacs.6b00360",
    });
    expect(cslItem(WITH_PMID)).toMatchObject({ PMID: "27556704", DOI: WITH_PMID.doi });
  });

  it("keeps an organization's name whole, and a web page as a web page", () => {
    expect(cslItem(AGENCY)).toMatchObject({
      type: "webpage",
      author: [{ literal: "U.S. Food and Drug Administration" }],
      URL: AGENCY.url,
    });
  });
});

describe("citation files (citation-js)", () => {
  const items = [JACS, WITH_PMID, AGENCY].map(cslItem);

  it("RIS: one record per source, with its type, authors, DOI and end", () => {
    const ris = citationFile(items, "ris");
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(3);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(3);
    expect(ris).toMatch(/^TY {2}- JOUR/m);
    expect(ris).toMatch(/^AU {2}- Kruegel, AC/m);
    expect(ris).toMatch(/^DO {2}- 10\.1021\/jacs\.6b00360/m);
    expect(ris).toMatch(/^TY {2}- ELEC\nAU {2}- U\.S\. Food and Drug Administration$/m);
    expect(ris).toMatch(/^TI {2}- FDA In Brief: FDA releases/m);
  });

  it("BibTeX: one entry per source, with its DOI and year", () => {
    const bib = citationFile(items, "bibtex");
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(3);
    expect(bib).toMatch(/^@article\{/m);
    expect(bib).toMatch(/doi = \{10\.1021\/jacs\.6b00360\}/);
    expect(bib).toMatch(/year = \{2016\}/);
  });

  it("CSL-JSON: the items, readable back, with DOI and PubMed id", () => {
    const data = JSON.parse(citationFile(items, "csl-json")) as Record<string, unknown>[];
    expect(data).toHaveLength(3);
    expect(data.map((d) => d.DOI ?? null)).toEqual([JACS.doi, WITH_PMID.doi, null]);
    expect(data[1]).toMatchObject({ PMID: "27556704" });
  });
});

describe("the “Cite this page” control", () => {
  it("on a claim page: the page as a citation, with its review date and, on the published site, its address", async () => {
    const meta = document.createElement("meta");
    meta.name = "site-origin";
    meta.content = "https://kratom-evidence.example";
    document.head.append(meta);
    try {
      await renderRoute("/es/claims/opioid-receptor-binding");
      // Below the claim page's first screen: a deferred part, there once its code has loaded.
      const summary = await screen.findByText(tr("es", "tools:cite.summary"), {}, { timeout: 8000 });
      const cite = within(summary.closest("details")!);
      const citation = cite.getByText(/Kratom Evidence\. «/);
      expect(citation).toHaveTextContent("7 de diciembre de 2026"); // the claim's review date
      expect(citation).toHaveTextContent("https://kratom-evidence.example/es/claims/opioid-receptor-binding");
      expect(cite.getAllByRole("button").map((b) => b.textContent)).toEqual(["RIS", "BibTeX", "CSL-JSON"]);
    } finally {
      meta.remove();
    }
  });

  it("names no address in a build without an origin", async () => {
    await renderRoute("/en/sources");
    const summary = await screen.findByText(tr("en", "tools:cite.summary"), {}, { timeout: 8000 });
    const details = summary.closest("details")!;
    expect(details).toHaveTextContent(/Kratom Evidence\. “Sources”\. Last reviewed/);
    expect(details.textContent).not.toMatch(/https?:/);
    expect(details).toHaveTextContent(`(${String(sources.length)})`);
  });
});
