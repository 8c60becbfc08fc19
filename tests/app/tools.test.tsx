import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { claims } from "../../src/content/claims";
import { VERDICTS, type Claim } from "../../src/content/schema";
import { sourceNumber } from "../../src/content/sources";
import { renderRoute, tr } from "../render-route";

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

const byId = (id: string): Claim => {
  const claim = claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const title = (lang: string, claim: Claim) => tr(lang, `claims:${claim.id}.title`, { ...claim.values });
const shownIds = (container: HTMLElement) =>
  [...container.querySelectorAll(".explorer__results [data-claim-id]")].map((el) => el.getAttribute("data-claim-id"));

/** The explorer re-filters in a transition: on a busy machine the list can take over a second to settle. */
const WAIT = { timeout: 10000 };

describe("claim explorer", () => {
  it("lists every claim with its badge when no filter is set", async () => {
    const { container } = await renderRoute("/en/claims");
    await vi.waitFor(() => expect(shownIds(container)).toEqual(claims.map((c) => c.id)), WAIT);
    expect(container.querySelector(".explorer__status")).toHaveTextContent(`${claims.length} of ${claims.length}`);
  });

  it("applies grade and section filters from the URL, and each box shows its count", async () => {
    const { container } = await renderRoute("/en/claims?grade=low&section=dosage");
    const expected = claims.filter((c) => c.grade === "low" && c.section === "dosage").map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(shownIds(container)).toEqual(expected), WAIT);
    const low = screen.getByRole("checkbox", { name: new RegExp(tr("en", "grades:grade.low.label")) });
    expect(low).toBeChecked();
    expect(low.closest("label")).toHaveTextContent(`(${String(expected.length)})`);
  });

  it("ticking boxes and typing write the view into the URL, and the URL gives the same view back", async () => {
    const user = userEvent.setup();
    const { container, router } = await renderRoute("/en/claims");
    await user.click(
      screen.getByRole("checkbox", { name: new RegExp(`^${tr("en", "tools:explorer.originValue.added")}`) }),
    );
    await user.click(screen.getByRole("checkbox", { name: new RegExp(`^${tr("en", "pages:long-term.short")}`) }));
    await user.click(screen.getByRole("searchbox"));
    await user.paste("withdrawal");
    await vi.waitFor(() => expect(router.state.location.search).toBe("?section=long-term&origin=added&q=withdrawal"));
    const expected = claims
      .filter((c) => c.origin === "added" && c.section === "long-term")
      .filter((c) => JSON.stringify(tr("en", `claims:${c.id}`, { returnObjects: true })).includes("withdrawal"))
      .map((c) => c.id);
    expect(expected.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(shownIds(container)).toEqual(expected), WAIT);
    const shown = shownIds(container);
    const again = await renderRoute(`/en/claims${router.state.location.search}`);
    await vi.waitFor(() => expect(shownIds(again.container)).toEqual(shown), WAIT);
  });

  it("finds a claim by a Spanish word typed without its accent", async () => {
    const { container } = await renderRoute("/es/claims?q=HIGADO");
    await vi.waitFor(() => expect(shownIds(container)).not.toContain("cold-pressor-trial"), WAIT);
    expect(shownIds(container)).toContain("liver-kidney-conditions");
    expect(screen.getByRole("heading", { name: title("es", byId("liver-kidney-conditions")) })).toBeInTheDocument();
  });

  it("finds a claim by a Thai word", async () => {
    const { container } = await renderRoute(`/th/claims?q=${encodeURIComponent("ตับ")}`);
    await vi.waitFor(() => expect(shownIds(container)).not.toContain("cold-pressor-trial"), WAIT);
    expect(shownIds(container)).toContain("liver-injury");
  });

  it("ignores unknown filter values in the URL with a visible note, and still shows claims", async () => {
    const { container } = await renderRoute("/en/claims?grade=awful&grade=moderate&colour=red");
    const note = await screen.findByTestId("ignored-filters", {}, WAIT);
    expect(note).toHaveTextContent("grade=awful");
    expect(note).toHaveTextContent("colour=red");
    await vi.waitFor(() =>
      expect(shownIds(container)).toEqual(claims.filter((c) => c.grade === "moderate").map((c) => c.id)),
    );
  });

  it("says so clearly when nothing matches, and clearing brings every claim back", async () => {
    const user = userEvent.setup();
    const { container } = await renderRoute("/en/claims?q=zzqqxx");
    expect(await screen.findByText(tr("en", "tools:explorer.empty"))).toBeInTheDocument();
    expect(shownIds(container)).toEqual([]);
    await user.click(screen.getByRole("button", { name: tr("en", "tools:explorer.clear") }));
    expect(shownIds(container)).toHaveLength(claims.length);
  });
});

describe("claim page", () => {
  it("shows the article's words beside the evidence, the verdict, what lowered the grade and the sources", async () => {
    const claim = byId("mimics-morphine-pain-relief");
    const { container } = await renderRoute(`/en/claims/${claim.id}`);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(title("en", claim));
    expect(screen.getByRole("heading", { name: tr("en", "tools:claimPage.articleSays") })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: tr("en", "tools:claimPage.evidenceSays") })).toBeInTheDocument();
    expect(container.textContent).toContain(tr("en", "claims:mimics-morphine-pain-relief.article"));
    expect(container.textContent).toContain(tr("en", "grades:verdict.overstated.label"));
    await screen.findByRole("heading", { name: tr("en", "tools:claimPage.certainty") });
    // The grade's path in words: start, each step with this claim's reason, result.
    const path = container.querySelector(`[data-grade-path="${claim.id}"]`) as HTMLElement;
    expect(path.querySelector('[data-step="start"]')).toHaveTextContent(tr("en", "grades:path.start.randomized"));
    for (const [domain, severity] of Object.entries(claim.downgrades)) {
      const step = path.querySelector(`[data-step="${domain}"]`);
      expect(step).toHaveTextContent(tr("en", `grades:path.down.${domain}.${severity}`));
      expect(step).toHaveTextContent(tr("en", `claims:${claim.id}.steps.${domain}`, { ...claim.values }));
    }
    expect(path.querySelector('[data-step="result"]')).toHaveTextContent(tr("en", "grades:path.result.very-low"));
    const sources = within(container.querySelector(".claim-sources") as HTMLElement).getAllByRole("listitem");
    expect(sources).toHaveLength(claim.sources.length);
    expect(sources[0]).toHaveTextContent(`[${String(sourceNumber(claim.sources[0] ?? ""))}]`);
    expect(container.querySelectorAll(".related li").length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(document.title).toContain(title("en", claim)));
  });

  it("copies its own address and says so", async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await renderRoute("/en/claims/liver-injury");
    await user.click(await screen.findByRole("button", { name: tr("en", "tools:claimPage.copyLink") }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("/en/claims/liver-injury"));
    expect(await screen.findByText(tr("en", "tools:claimPage.copied"))).toBeInTheDocument();
  });

  it("every claim card links to its claim page", async () => {
    const { container } = await renderRoute("/en/dosage");
    const card = container.querySelector("[data-claim-id]") as HTMLElement;
    const id = card.getAttribute("data-claim-id") ?? "";
    expect(within(card).getByRole("link", { name: new RegExp(tr("en", "tools:claimPage.open")) })).toHaveAttribute(
      "href",
      `/en/claims/${id}`,
    );
  });

  it("an unknown claim id gets a not-found page in the reader's language that points to the explorer", async () => {
    await renderRoute("/de/claims/no-such-claim");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(tr("de", "tools:claimPage.notFoundTitle"));
    expect(screen.getByRole("link", { name: tr("de", "tools:claimPage.notFoundLink") })).toHaveAttribute(
      "href",
      "/de/claims",
    );
    await vi.waitFor(() => expect(document.title).toContain(tr("de", "pages:notFound.title")));
  });
});

describe("glossary", () => {
  it("a marked term is a button that opens its definition in a native popover, with a way to the glossary", async () => {
    await renderRoute("/en/claims/opioid-receptor-binding");
    const term = screen.getByRole("button", { name: "opioid receptors" });
    const popover = document.getElementById(term.getAttribute("popovertarget") ?? "");
    expect(popover).not.toBeNull();
    expect(popover).toHaveAttribute("popover", "auto");
    expect(popover).toHaveTextContent(tr("en", "glossary:terms.opioid-receptor.definition"));
    expect(within(popover as HTMLElement).getByRole("link", { hidden: true })).toHaveAttribute(
      "href",
      "/en/glossary#term-opioid-receptor",
    );
  });

  it("marks terms in the reader's language", async () => {
    const { container } = await renderRoute("/es/long-term");
    const marked = [...container.querySelectorAll("[data-term]")].map((el) => el.getAttribute("data-term"));
    expect(marked).toContain("withdrawal");
    const button = container.querySelector('[data-term="withdrawal"]') as HTMLElement;
    const popover = document.getElementById(button.getAttribute("popovertarget") ?? "");
    expect(popover).toHaveTextContent(tr("es", "glossary:terms.withdrawal.definition"));
  });

  it("the glossary page defines every term, each with an anchor", async () => {
    const { container } = await renderRoute("/th/glossary");
    const ids = Object.keys(tr("en", "glossary:terms", { returnObjects: true }) as unknown as Record<string, unknown>);
    for (const id of ids) {
      expect(container.querySelector(`#term-${id} dt`)).toHaveTextContent(tr("th", `glossary:terms.${id}.term`));
    }
  });
});

describe("help where the reader is", () => {
  it("picks the country from the browser's region and lists that country's verified lines", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["en-GB", "en"]);
    await renderRoute("/en/help");
    await vi.waitFor(() => expect(screen.getByRole("link", { name: "999" })).toHaveAttribute("href", "tel:999"));
    expect(screen.getByRole("combobox", { name: tr("en", "tools:help.countryLabel") })).toHaveValue("GB");
    expect(screen.queryByRole("link", { name: "1-800-222-1222" })).toBeNull();
  });

  it("defaults from the page language, and remembers a country the reader picks", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["th"]);
    const user = userEvent.setup();
    await renderRoute("/th/help");
    expect(await screen.findByRole("link", { name: "1367" })).toHaveAttribute("href", "tel:1367");
    await user.selectOptions(screen.getByRole("combobox"), "MX");
    expect(screen.getByRole("link", { name: "911" })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: "1367" })).toBeNull();
    expect(localStorage.getItem("kratom-evidence:region")).toBe("MX");
  });

  it("for a country without verified numbers, points to the WHO directory and the local emergency number", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["id-ID"]);
    const { container } = await renderRoute("/id/help");
    await vi.waitFor(() => expect(container.querySelector(".help-lines")).toHaveAttribute("data-region", "other"));
    expect(screen.queryAllByRole("link", { name: /^[\d\s-]+$/ })).toHaveLength(0);
    expect(
      screen.getByRole("link", { name: new RegExp(escape(tr("id", "common:help.whoDirectory"))) }),
    ).toHaveAttribute("href", expect.stringContaining("who.int"));
    expect(container.textContent).toContain(tr("id", "common:help.emergency"));
  });
});

describe("article against the evidence", () => {
  it("walks the article's claims in order, each with its verdict and badge", async () => {
    const { container } = await renderRoute("/en/article");
    const articleClaims = claims.filter((c) => c.origin === "article");
    const items = [...container.querySelectorAll(".walk__item")];
    expect(items.map((el) => el.getAttribute("data-claim-id"))).toEqual(articleClaims.map((c) => c.id));
    for (const el of items) expect(el.querySelectorAll("[data-grade]")).toHaveLength(1);
    const counts = VERDICTS.map((v) => Number(container.querySelector(`tr[data-verdict="${v}"] td`)?.textContent));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(articleClaims.length);
  });
});

describe("evidence at a glance", () => {
  it("the home page's grade chart has a summary and a table that add up to every claim", async () => {
    const { container } = await renderRoute("/en/");
    // The charts hydrate after the page (selective hydration): wait for their code.
    await vi.waitFor(() => expect(container.querySelector(".chart--grades")).not.toBeNull());
    const chart = container.querySelector(".chart--grades") as HTMLElement;
    expect(chart.querySelector("figcaption")).toHaveTextContent(`Of the ${String(claims.length)} claims`);
    const cells = [...chart.querySelectorAll("tbody td")].map((td) => Number(td.textContent));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(claims.length);
    const high = claims.filter((c) => c.grade === "high").length;
    expect(
      within(chart.querySelector("table") as HTMLElement).getByRole("row", {
        name: new RegExp(tr("en", "grades:grade.high.label")),
      }),
    ).toHaveTextContent(String(high));
  });

  it("the evidence pyramid shows one randomized trial, and says it was not in chronic pain", async () => {
    const { container } = await renderRoute("/en/");
    await vi.waitFor(() => expect(container.querySelector(".chart--pyramid")).not.toBeNull());
    const pyramid = container.querySelector(".chart--pyramid") as HTMLElement;
    const trials = within(pyramid.querySelector("table") as HTMLElement).getByRole("row", {
      name: new RegExp(tr("en", "tools:charts.level.trials")),
    });
    expect(trials).toHaveTextContent("1");
    expect(pyramid.querySelector("figcaption")).toHaveTextContent(
      /no trial has tested kratom in people with chronic pain/i,
    );
  });
});

describe("summary for your clinician", () => {
  it("lists the key points and safety findings with their grades, the sources and a print button", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { container } = await renderRoute("/en/summary");
    const items = [...container.querySelectorAll(".summary-claim")];
    expect(items.length).toBeGreaterThan(5);
    for (const item of items)
      expect(item.querySelector("[data-grade]")?.textContent).toMatch(/certainty|record|people/i);
    expect(container.querySelectorAll(".summary-sources li").length).toBeGreaterThan(5);
    await user.click(screen.getByRole("button", { name: tr("en", "pages:summary.print") }));
    expect(print).toHaveBeenCalled();
  });
});
