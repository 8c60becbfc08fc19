/**
 * The whole completeness gate over a locales directory: what `npm run i18n:check`
 * prints and what tests/i18n/completeness.test.ts asserts.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  claimRevision,
  compareClaimIds,
  compareNamespace,
  outdatedClaims,
  type ClaimRevisionInput,
  type Tree,
} from "./check-locales";

export interface LanguageInfo {
  code: string;
  status: string;
}

export interface LanguageReport {
  code: string;
  status: string;
  problems: string[];
  /** Share of source keys present and valid, over all namespaces (0–1). */
  coverage: number;
  claimsTotal: number;
  claimsCurrent: number;
}

export const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

function readJson(file: string): Tree | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Tree) : null;
}

export function revisionsFile(dir: string, lang: string): string {
  return path.join(dir, lang, "_revisions.json");
}

/** Current English revision of every claim. */
export function currentRevisions(
  dir: string,
  source: string,
  claims: readonly ClaimRevisionInput[],
): Map<string, string> {
  const english = readJson(path.join(dir, source, "claims.json")) ?? {};
  return new Map(claims.map((c) => [c.id, claimRevision(c, english, sha256)]));
}

export function buildReport(options: {
  dir: string;
  source: string;
  languages: readonly LanguageInfo[];
  namespaces: readonly string[];
  claims: readonly ClaimRevisionInput[];
}): LanguageReport[] {
  const { dir, source, languages, namespaces, claims } = options;
  const revisions = currentRevisions(dir, source, claims);
  const ids = claims.map((c) => c.id);
  return languages.map(({ code, status }) => {
    const problems: string[] = [];
    let translated = 0;
    let total = 0;
    for (const ns of namespaces) {
      const src = readJson(path.join(dir, source, `${ns}.json`)) ?? {};
      const target = readJson(path.join(dir, code, `${ns}.json`));
      if (!target) {
        problems.push(`${code}/${ns}.json is missing`);
        total += compareNamespace(code, ns, src, {}).total;
        continue;
      }
      // Whole claims missing or extra are reported once, by id, not field by field.
      const wholeClaims = new Set<string>();
      if (ns === "claims") {
        for (const id of ids) if (!(id in target)) wholeClaims.add(id);
        for (const id of Object.keys(target)) if (!ids.includes(id)) wholeClaims.add(id);
        problems.push(...compareClaimIds(code, target, ids));
      }
      if (code !== source) {
        const report = compareNamespace(code, ns, src, target);
        problems.push(...report.problems.filter((p) => ![...wholeClaims].some((id) => p.includes(`"${id}.`))));
        translated += report.translated;
        total += report.total;
      } else {
        const report = compareNamespace(code, ns, src, src);
        translated += report.total;
        total += report.total;
      }
    }
    let claimsCurrent = ids.length;
    if (code !== source) {
      const recorded = (readJson(revisionsFile(dir, code)) ?? {}) as Record<string, string>;
      const stale = outdatedClaims(code, recorded, revisions);
      problems.push(...stale);
      claimsCurrent = ids.length - stale.length;
    }
    return {
      code,
      status,
      problems,
      coverage: total === 0 ? 1 : translated / total,
      claimsTotal: ids.length,
      claimsCurrent,
    };
  });
}
