import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider } from "react-router";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { claims } from "../../src/content/claims";
import { GRADES, type Claim, type Grade } from "../../src/content/schema";
import { loadSourceDetails, sourceNumber } from "../../src/content/sources";
import { EvidenceBadge } from "../../src/features/evidence/evidence-badge";
import { setLanguage } from "../../src/i18n";
import { loadClaims } from "../../src/content/selectors";
import { tr } from "../render-route";

function renderBadge(claim: Claim, lang = "en") {
  const router = createMemoryRouter([{ path: "/:lang/*", element: <EvidenceBadge claim={claim} /> }], {
    initialEntries: [`/${lang}/test`],
  });
  return render(<RouterProvider router={router} />);
}

const byGrade = (grade: Grade) => claims.find((c) => c.grade === grade);

const LABELS: Record<Grade, RegExp> = {
  high: /^High certainty/,
  moderate: /^Moderate certainty/,
  low: /^Low certainty/,
  "very-low": /^Very low certainty/,
  none: /^No studies in people/,
  official: /^Official record \(\w+ \d{4}\)|^Official record \(\w+ \d+, \d{4}\)/,
};

beforeAll(async () => {
  await Promise.all([setLanguage("en"), loadClaims()]);
});

describe("EvidenceBadge", () => {
  it.each(GRADES.filter((g) => byGrade(g)))("shows the word label for %s and carries data-grade", (grade) => {
    const claim = byGrade(grade)!;
    const { container } = renderBadge(claim);
    const button = screen.getByRole("button", { expanded: false });
    expect(button.textContent).toMatch(LABELS[grade]);
    expect(container.querySelectorAll("[data-grade]")).toHaveLength(1);
    expect(container.querySelector("[data-grade]")?.getAttribute("data-grade")).toBe(grade);
    // The meter is decorative: screen readers get the words only.
    expect(container.querySelector(".meter")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("makes 'no studies in people' look different from 'very low'", () => {
    const none = renderBadge(byGrade("none")!).container.innerHTML;
    const veryLow = renderBadge(byGrade("very-low")!).container.innerHTML;
    expect(none).toContain("meter--none");
    expect(veryLow).not.toContain("meter--none");
  });

  it("opens with Enter, lists the sources, and closes with Escape returning focus to the badge", async () => {
    const user = userEvent.setup();
    const claim = claims.find((c) => c.sources.length >= 2 && c.grade !== "official" && c.grade !== "high")!;
    renderBadge(claim);
    const button = screen.getByRole("button", { expanded: false });
    const panel = document.getElementById(button.getAttribute("aria-controls")!)!;
    expect(panel).not.toBeVisible();

    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(button).toHaveAttribute("aria-expanded", "true");
    expect(panel).toBeVisible();

    const details = await loadSourceDetails();
    for (const id of claim.sources) {
      const source = details.get(id)!;
      expect(await within(panel).findByText(source.title)).toBeInTheDocument();
      expect(within(panel).getByRole("link", { name: `[${sourceNumber(id)}]` })).toHaveAttribute(
        "href",
        `/en/sources#source-${id}`,
      );
    }
    expect(within(panel).getByText("Why the grade is not higher")).toBeInTheDocument();
    expect(within(panel).getByText(tr("en", `claims:${claim.id}.studied`, { ...claim.values }))).toBeInTheDocument();

    // Move focus into the panel, then Escape: closes and focus returns to the badge.
    await user.tab();
    expect(panel.contains(document.activeElement)).toBe(true);
    await user.keyboard("{Escape}");
    expect(panel).not.toBeVisible();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute("aria-expanded", "false");
  });

  it("shows how the grade was reached: start, each step with its reason, result", async () => {
    const user = userEvent.setup();
    const claim = claims.find((c) => c.id === "dependence-consistent-finding")!; // observational, raised once
    renderBadge(claim);
    await user.click(screen.getByRole("button", { expanded: false }));
    await vi.waitFor(() => expect(document.querySelector(`[data-grade-path="${claim.id}"]`)).not.toBeNull());
    const steps = [...document.querySelectorAll(`[data-grade-path="${claim.id}"] > li`)].map((li) => li.textContent);
    expect(steps).toEqual([
      tr("en", "grades:path.start.observational"),
      `${tr("en", "grades:path.up.dose-response")} ${tr("en", `claims:${claim.id}.steps.dose-response`, { ...claim.values })}`,
      tr("en", "grades:path.result.moderate"),
    ]);
  });

  it("opens with Space and closes with its Close button", async () => {
    const user = userEvent.setup();
    renderBadge(claims[0]!);
    const button = screen.getByRole("button", { expanded: false });
    button.focus();
    await user.keyboard(" ");
    expect(button).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveFocus();
  });

  it("speaks Spanish on Spanish pages", async () => {
    await setLanguage("es");
    renderBadge(byGrade("low") ?? claims[0]!, "es");
    expect(screen.getByRole("button").textContent).not.toMatch(/certainty/);
    await setLanguage("en");
  });
});
