import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { claims } from "../../src/content/claims";
import { GATED_NAMESPACES, LANGUAGES, NAMESPACES, SOURCE_LANG } from "../../src/i18n/languages";
import { flatten } from "../../scripts/lib/check-locales";
import { buildReport, currentRevisions, revisionsFile } from "../../scripts/lib/locale-report";
import { LOCALES_DIR, readNamespace } from "../locales";

describe("locale completeness gate (real files)", () => {
  const reports = buildReport({
    dir: LOCALES_DIR,
    source: SOURCE_LANG,
    languages: LANGUAGES.filter((l) => l.status !== "dev"),
    namespaces: GATED_NAMESPACES,
    claims,
  });
  it.each(reports.filter((r) => r.status === "shipped").map((r) => [r.code, r] as const))(
    "%s (shipped) has every key, placeholder, plural form and claim, all up to date",
    (_code, report) => {
      expect(report.problems).toEqual([]);
      expect(report.coverage).toBe(1);
      expect(report.claimsCurrent).toBe(report.claimsTotal);
    },
  );

  it("has no empty string in English", () => {
    for (const ns of NAMESPACES) {
      for (const [key, value] of flatten(readNamespace(SOURCE_LANG, ns))) {
        expect(value.trim(), `en/${ns}.json: ${key}`).not.toBe("");
      }
    }
  });
});

describe("locale completeness gate (fixtures)", () => {
  const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/locales");
  const fixtureClaims = [
    { id: "claim-a", grade: "low", sources: ["s1"], values: { n: 3 } },
    { id: "claim-b", grade: "none", sources: ["s2"] },
  ];
  const languages = [
    { code: "en", status: "shipped" },
    { code: "es", status: "shipped" },
  ];
  let dir = "";
  function copyFixtures() {
    dir = mkdtempSync(path.join(tmpdir(), "locales-"));
    cpSync(FIXTURES, dir, { recursive: true });
    const current = currentRevisions(dir, "en", fixtureClaims);
    writeFileSync(revisionsFile(dir, "es"), JSON.stringify(Object.fromEntries(current)));
    return dir;
  }
  const report = (langs = languages) =>
    buildReport({ dir, source: "en", languages: langs, namespaces: ["common", "claims"], claims: fixtureClaims });
  const es = () => report().find((r) => r.code === "es")!;
  const edit = (lang: string, ns: string, change: (tree: Record<string, unknown>) => void) => {
    const file = path.join(dir, lang, `${ns}.json`);
    const tree = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    change(tree);
    writeFileSync(file, JSON.stringify(tree));
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("passes a complete language", () => {
    copyFixtures();
    expect(es().problems).toEqual([]);
    expect(es().coverage).toBe(1);
  });

  it("fails on a planted missing key", () => {
    copyFixtures();
    edit("es", "common", (t) => delete (t.nested as Record<string, unknown>).title);
    expect(es().problems).toEqual(['es/common.json: "nested.title" is missing']);
    expect(es().coverage).toBeLessThan(1);
  });

  it("fails on an extra key, an empty string and a mismatched placeholder", () => {
    copyFixtures();
    edit("es", "common", (t) => {
      t.extra = "sobra";
      t.greeting = "Hola {{nombre}}";
      (t.nested as Record<string, unknown>).title = " ";
    });
    const problems = es().problems.join("\n");
    expect(problems).toContain('"extra" is not in the source language');
    expect(problems).toContain(
      '"greeting" placeholders differ from the source (missing {{name}}) (unknown {{nombre}})',
    );
    expect(problems).toContain('"nested.title" is empty');
  });

  it("fails on plural forms the language needs (Intl.PluralRules)", () => {
    copyFixtures();
    const ar = report([{ code: "ar", status: "shipped" }])[0]!;
    expect(ar.problems).toEqual(
      expect.arrayContaining([
        'ar/common.json: "items" lacks the plural form "zero" that ar needs',
        'ar/common.json: "items" lacks the plural form "few" that ar needs',
      ]),
    );
    edit("es", "common", (t) => delete t.items_many);
    expect(es().problems).toEqual(['es/common.json: "items" lacks the plural form "many" that es needs']);
  });

  it("fails on a claim without text and on text for a claim that no longer exists", () => {
    copyFixtures();
    edit("es", "claims", (t) => {
      delete t["claim-b"];
      t["claim-gone"] = { title: "x", text: "y" };
    });
    expect(es().problems).toEqual(
      expect.arrayContaining([
        'es/claims.json: claim "claim-b" has no text',
        'es/claims.json: "claim-gone" is text for a claim that does not exist',
      ]),
    );
  });

  it("flags a translation as outdated when the English text, grade or sources change", () => {
    copyFixtures();
    edit("en", "claims", (t) => {
      (t["claim-a"] as Record<string, string>).text = "A has {{n, number}} confirmed cases.";
    });
    expect(es().problems).toEqual([
      'es: claim "claim-a" may be outdated: its English text, grade or sources changed since it was translated',
    ]);
    const regraded = buildReport({
      dir,
      source: "en",
      languages,
      namespaces: ["claims"],
      claims: [fixtureClaims[0]!, { ...fixtureClaims[1]!, grade: "low" }],
    }).find((r) => r.code === "es")!;
    expect(regraded.problems.some((p) => p.includes('"claim-b" may be outdated'))).toBe(true);
  });

  it("reports a language in progress without failing it", () => {
    copyFixtures();
    const ar = report([{ code: "ar", status: "in-progress" }])[0]!;
    expect(ar.problems.length).toBeGreaterThan(0);
    expect(ar.status).toBe("in-progress");
  });
});

/** Every key written literally in a component (t("…")) must exist in English. */
describe("keys used in the code exist", () => {
  const english = new Map(NAMESPACES.map((ns) => [ns, flatten(readNamespace(SOURCE_LANG, ns))]));
  const files: string[] = [];
  (function walk(dir: string) {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.tsx?$/.test(name)) files.push(full);
    }
  })(path.resolve(LOCALES_DIR, "../src"));

  it.each(files.map((f) => [path.relative(path.resolve(LOCALES_DIR, ".."), f), f]))("%s", (_rel, file) => {
    const source = readFileSync(file, "utf8");
    const defaultNs = /useTranslation\(\s*\[?\s*"(\w+)"/.exec(source)?.[1] ?? "common";
    for (const match of source.matchAll(/\bt\(\s*"([^"$`]+)"/g)) {
      const literal = match[1] ?? "";
      const [ns, key] = literal.includes(":") ? (literal.split(":") as [string, string]) : [defaultNs, literal];
      const flat = english.get(ns as (typeof NAMESPACES)[number]);
      // A key may name a whole object read with returnObjects (e.g. the glossary's "terms").
      const exists =
        flat && (flat.has(key) || flat.has(`${key}_other`) || [...flat.keys()].some((k) => k.startsWith(`${key}.`)));
      expect(exists, `${literal} (namespace ${ns})`).toBe(true);
    }
  });
});
