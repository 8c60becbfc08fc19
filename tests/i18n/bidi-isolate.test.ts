// Latin names with digits in right-to-left text (src/i18n/bidi-isolate.ts): "7-OH" must not read
// "OH-7" on an Arabic page. The fix runs at build time on the Arabic locale files (vite.config.ts).
import { describe, expect, it } from "vitest";
import { LRI, PDI, isolateLatinNames } from "../../src/i18n/bidi-isolate";
import { setLanguage } from "../../src/i18n";
import { tr } from "../render-route";
import { readNamespace } from "../locales";

describe("isolating Latin names in right-to-left text", () => {
  it("wraps names that join digits and Latin letters with a hyphen", () => {
    expect(isolateLatinNames("منتجات 7-OH القوية")).toBe(`منتجات ${LRI}7-OH${PDI} القوية`);
    expect(isolateLatinNames("COX-2، DSM-5، 5-HT1A")).toBe(`${LRI}COX-2${PDI}، ${LRI}DSM-5${PDI}، ${LRI}5-HT1A${PDI}`);
  });

  it("leaves plain numbers, phone numbers, words without digits and placeholders alone", () => {
    for (const text of [
      "في عام 2025",
      "1-800-222-1222",
      "FDA",
      "DEA (US)",
      "{{value}}-2",
      '$t(common:counted.a-2, {"count": {{n}} })',
    ])
      expect(isolateLatinNames(text)).toBe(text);
  });

  it("is applied to the Arabic text the site shows, and to no left-to-right language", async () => {
    await setLanguage("ar");
    const raw = readNamespace("ar", "claims") as Record<string, { title: string }>;
    expect(raw["fda-7oh-scheduling-2025"]?.title).toContain("7-OH");
    expect(tr("ar", "claims:fda-7oh-scheduling-2025.title")).toContain(`${LRI}7-OH${PDI}`);
    await setLanguage("en");
    expect(tr("en", "claims:fda-7oh-scheduling-2025.title")).not.toContain(LRI);
  });
});
