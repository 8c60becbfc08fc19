import { act } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderRoute, tr } from "../render-route";

// Its own file: "the prerendered page has been shown" is per page load (module state).
describe("document head on a prerendered page", () => {
  it("leaves the head the prerender wrote alone, then keeps it in step after in-app navigation", async () => {
    const root = document.createElement("div");
    root.id = "root";
    root.dataset.prerendered = "/en/dosage";
    document.body.append(root);
    document.title = "Written by the prerender";
    const origin = document.createElement("meta");
    origin.name = "site-origin";
    origin.content = "https://example.org";
    const canonical = document.createElement("link");
    canonical.rel = "canonical";
    canonical.href = "https://example.org/en/dosage";
    const ogUrl = document.createElement("meta");
    ogUrl.setAttribute("property", "og:url");
    ogUrl.content = "https://example.org/en/dosage";
    const jsonLd = document.createElement("script");
    jsonLd.type = "application/ld+json";
    jsonLd.text = '{"@type":"MedicalWebPage"}';
    document.head.append(origin, canonical, ogUrl, jsonLd);

    const { router } = await renderRoute("/en/dosage");
    await vi.waitFor(() => expect(document.documentElement).toHaveAttribute("data-ready", "true"));
    // No rewrite on arrival: nothing to fix, and no extra work while the page becomes interactive.
    expect(document.title).toBe("Written by the prerender");
    expect(document.querySelectorAll('link[rel="canonical"]')).toHaveLength(1);

    await act(async () => {
      await router.navigate("/es/long-term");
    });
    await vi.waitFor(() => expect(document.title).toContain(tr("es", "pages:long-term.title")));
    expect(document.documentElement.lang).toBe("es");
    expect(document.querySelector('link[rel="canonical"]')).toHaveAttribute("href", "https://example.org/es/long-term");
    expect(document.querySelectorAll('link[rel="alternate"][hreflang]').length).toBeGreaterThanOrEqual(6);
    expect(document.querySelector('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
      "href",
      "https://example.org/en/long-term",
    );
    expect(document.querySelector('meta[property="og:url"]')).toHaveAttribute(
      "content",
      "https://example.org/es/long-term",
    );
    // The prerendered structured data described the first page: gone rather than wrong.
    expect(document.querySelector('script[type="application/ld+json"]')).toBeNull();
    root.remove();
    origin.remove();
  });

  it("names no address after navigation in a build without an origin (no site-origin meta)", async () => {
    const ogUrl = document.createElement("meta");
    ogUrl.setAttribute("property", "og:url");
    ogUrl.content = "https://example.org/en/dosage";
    document.head.append(ogUrl);
    const { router } = await renderRoute("/en/dosage");
    await act(async () => {
      await router.navigate("/de/claims");
    });
    await vi.waitFor(() => expect(document.title).toContain(tr("de", "pages:claims.title")));
    expect(document.documentElement.lang).toBe("de");
    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(document.querySelector('link[rel="alternate"]')).toBeNull();
    expect(document.querySelector('meta[property="og:url"]')).toBeNull();
    expect(document.head.innerHTML).not.toMatch(/localhost/);
  });
});
