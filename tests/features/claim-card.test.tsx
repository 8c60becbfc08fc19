import { render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { claims } from "../../src/content/claims";
import type { ArticleClaim, Claim } from "../../src/content/schema";
import { ClaimCard } from "../../src/features/claims/claim-card";
import { nextReviewDue } from "../../src/content/review";
import { setLanguage } from "../../src/i18n";
import { loadClaims } from "../../src/content/selectors";
import { tr } from "../render-route";

function renderCards(list: Claim[]) {
  const router = createMemoryRouter(
    [{ path: "/:lang/*", element: list.map((c) => <ClaimCard key={c.id} claim={c} />) }],
    { initialEntries: ["/en/test"] },
  );
  return render(<RouterProvider router={router} />);
}

beforeAll(async () => {
  await Promise.all([setLanguage("en"), loadClaims()]);
});

describe("ClaimCard", () => {
  it("shows what the article said beside our verdict, or that we added the claim", () => {
    const fromArticle = claims.find((c): c is ArticleClaim => c.origin === "article")!;
    const added = claims.find((c) => c.origin === "added")!;
    renderCards([fromArticle, added]);
    expect(screen.getByText(tr("en", `claims:${fromArticle.id}.article`, { ...fromArticle.values }))).toBeVisible();
    expect(screen.getByText(tr("en", `grades:verdict.${fromArticle.verdict}.label`))).toBeVisible();
    expect(screen.getByText(tr("en", "common:claim.addedByUs"))).toBeVisible();
  });

  it("shows when the claim was last reviewed and when its next review is due", () => {
    const claim = claims[0]!;
    const { container } = renderCards([claim]);
    const times = [...container.querySelectorAll(".claim__meta time")].map((t) => t.getAttribute("datetime"));
    expect(times).toEqual([claim.reviewed, nextReviewDue(claim.reviewed)]);
    expect(nextReviewDue("2026-11-25")).toBe("2027-11-25");
    expect(nextReviewDue("2026-12-07")).toBe("2027-12-07");
    expect(container.querySelector(".claim__meta")).toHaveTextContent(/Next review due: December 7, 2027/);
  });

  it("one broken claim shows a small note inside its boundary; the others still render", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const good = claims[0]!;
    const broken = { ...claims[1]!, id: "broken-claim", grade: "bogus" } as unknown as Claim;
    const { container } = renderCards([broken, good]);
    expect(screen.getByRole("note")).toHaveTextContent(tr("en", "common:claim.error"));
    expect(container.querySelector(`[data-claim-id="${good.id}"] [data-grade]`)).not.toBeNull();
    expect(container.querySelector('[data-claim-id="broken-claim"]')).toBeNull();
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });
});
