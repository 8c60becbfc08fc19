import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { claims } from "../../src/content/claims";
import { SECTION_IDS, SECTIONS } from "../../src/content/schema";
import { claimsInSection, keyMessages } from "../../src/content/selectors";
import { SAVED_LANG_KEY } from "../../src/i18n/languages";
import { renderRoute, tr } from "../render-route";

afterEach(() => vi.restoreAllMocks());

describe("section pages", () => {
  it.each(SECTION_IDS.flatMap((s) => [["en", s] as const, ["es", s] as const]))(
    "/%s/%s shows every claim of the section with exactly one badge, under its subsection heading",
    async (lang, section) => {
      const { container } = await renderRoute(`/${lang}/${section}`);
      const rendered = [...container.querySelectorAll("[data-claim-id]")];
      expect(rendered.map((el) => el.getAttribute("data-claim-id"))).toEqual(claimsInSection(section).map((c) => c.id));
      for (const el of rendered) expect(el.querySelectorAll("[data-grade]")).toHaveLength(1);
      for (const sub of SECTIONS[section]) {
        expect(container.querySelector(`h2#${sub}`), `h2#${sub}`).not.toBeNull();
      }
      await vi.waitFor(() => expect(document.documentElement.lang).toBe(lang));
      // No raw keys on screen.
      expect(container.textContent).not.toMatch(/\b(claims|pages|common|grades):|\.title\b|whyNotHigher/);
    },
  );
});

describe("focus", () => {
  it("stays where the browser put it on arrival (StrictMode too) and moves to the new page's heading after an in-app navigation", async () => {
    await renderRoute("/en/dosage", { strict: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(document.body);
    await userEvent.click(
      within(screen.getByRole("navigation", { name: "Sections" })).getByRole("link", { name: "Long-term safety" }),
    );
    await vi.waitFor(() => expect(screen.getByRole("heading", { level: 1 })).toHaveFocus());
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Long-term");
  });
});

describe("home", () => {
  it("shows the key messages with badges, a disclaimer and links to every section", async () => {
    const { container } = await renderRoute("/en/");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(/kratom/i);
    expect(screen.getByRole("heading", { name: /not medical advice/i })).toBeInTheDocument();
    const ids = [...container.querySelectorAll("[data-claim-id]")].map((el) => el.getAttribute("data-claim-id"));
    expect(ids).toEqual(keyMessages().map((c) => c.id));
    const main = screen.getByRole("main");
    for (const section of SECTION_IDS) {
      expect(within(main).getByRole("link", { name: tr("en", `pages:${section}.title`) })).toHaveAttribute(
        "href",
        `/en/${section}`,
      );
    }
  });
});

describe("sources page", () => {
  it("numbers every source with an anchor and links back to the claims citing it", async () => {
    const { container } = await renderRoute("/en/sources");
    const claim = claims[0]!;
    const entry = container.querySelector(`#source-${claim.sources[0]}`)!;
    expect(entry).not.toBeNull();
    expect(
      within(entry as HTMLElement).getByRole("link", {
        name: tr("en", `claims:${claim.id}.title`, { ...claim.values }),
      }),
    ).toHaveAttribute("href", `/en/claims/${claim.id}`);
  });
});

describe("help page", () => {
  it("lists the verified US help lines as phone links for a US reader", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["en-US"]);
    await renderRoute("/en/help");
    expect(screen.getByRole("link", { name: "1-800-222-1222" })).toHaveAttribute("href", "tel:+18002221222");
    expect(screen.getByRole("link", { name: "1-800-662-HELP (4357)" })).toHaveAttribute("href", "tel:+18006624357");
    expect(screen.getByRole("link", { name: "911" })).toHaveAttribute("href", "tel:911");
  });
});

describe("redirect from /", () => {
  it("goes to the saved language first", async () => {
    localStorage.setItem(SAVED_LANG_KEY, "es");
    const { router } = await renderRoute("/");
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/es/"));
  });

  it("then to the browser's language", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["fr-FR", "es-MX", "en"]);
    const { router } = await renderRoute("/");
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/es/"));
  });

  it("else to English, ignoring a corrupt saved value", async () => {
    localStorage.setItem(SAVED_LANG_KEY, "{not a language");
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["fr-FR"]);
    const { router } = await renderRoute("/");
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/en/"));
  });
});

describe("bad addresses", () => {
  it("an unknown page gets a 404 in the page's language with links home and to every section", async () => {
    await renderRoute("/es/no-such-page");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(tr("es", "pages:notFound.title"));
    const main = screen.getByRole("main");
    expect(within(main).getByRole("link", { name: tr("es", "pages:notFound.home") })).toHaveAttribute("href", "/es/");
    for (const section of SECTION_IDS) {
      expect(within(main).getByRole("link", { name: tr("es", `pages:${section}.title`) })).toHaveAttribute(
        "href",
        `/es/${section}`,
      );
    }
  });

  it("an unknown language offers the same page in each language we have", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["en-US"]);
    await renderRoute("/xx/dosage");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("This language is not available");
    expect(screen.getByRole("link", { name: "English" })).toHaveAttribute("href", "/en/dosage");
    expect(screen.getByRole("link", { name: "Español" })).toHaveAttribute("href", "/es/dosage");
  });

  it("the unknown-language page speaks the reader's language", async () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["es-ES"]);
    await renderRoute("/xx/");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(tr("es", "pages:unknownLanguage.title"));
  });
});

describe("malformed and huge addresses", () => {
  it.each([
    ["a malformed query", "/en/dosage?q=%E0%A4%A&grade=%%"],
    ["a huge query", `/en/dosage?q=${"x".repeat(20000)}`],
    ["a malformed escape in the path", "/en/%E0%A4%A"],
  ])("%s still gets a page in the reader's language", async (_name, url) => {
    // React Router notes in the console that it could not decode a malformed path: that one
    // warning is expected here; any other still fails the test.
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await renderRoute(url);
    expect(screen.getByRole("heading", { level: 1 }).textContent.length).toBeGreaterThan(0);
    await vi.waitFor(() => expect(document.documentElement.lang).toBe("en"));
    const others = warn.mock.calls.map(String).filter((w) => !w.includes("could not be decoded"));
    expect(others).toEqual([]);
  });
});

describe("language switcher", () => {
  it("keeps the reader on the same page, updates <html lang> and remembers the choice", async () => {
    const user = userEvent.setup();
    const { router } = await renderRoute("/en/long-term");
    const switcher = screen.getByRole("navigation", { name: "Language" });
    expect(within(switcher).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
    await user.click(within(switcher).getByRole("link", { name: "Español" }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/es/long-term"));
    await vi.waitFor(() => expect(document.documentElement.lang).toBe("es"));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(tr("es", "pages:long-term.title"));
    expect(localStorage.getItem(SAVED_LANG_KEY)).toBe("es");
    // Every part of the page follows, not only the page's own heading: menu, claims, footer.
    const menu = screen.getByRole("navigation", { name: tr("es", "common:nav.label") });
    expect(within(menu).getByRole("link", { name: tr("es", "pages:dosage.short") })).toHaveAttribute(
      "href",
      "/es/dosage",
    );
    const first = claimsInSection("long-term")[0]!;
    expect(
      screen.getByRole("heading", { name: tr("es", `claims:${first.id}.title`, { ...first.values }) }),
    ).toBeVisible();
    expect(screen.getByText(tr("es", "common:disclaimer.short"))).toBeInTheDocument();
  });
});

describe("site menu", () => {
  it.each([
    ["/en/dosage", "pages:dosage.short"],
    ["/en/claims", "pages:claims.short"],
    [`/en/claims/${claims[0]!.id}`, "pages:claims.short"],
  ])("on %s marks its own entry as the current page, and only that one", async (path, key) => {
    await renderRoute(path);
    const menu = screen.getByRole("navigation", { name: tr("en", "common:nav.label") });
    const current = within(menu)
      .getAllByRole("link")
      .filter((a) => a.getAttribute("aria-current") === "page");
    expect(current.map((a) => a.textContent)).toEqual([tr("en", key)]);
  });
});
