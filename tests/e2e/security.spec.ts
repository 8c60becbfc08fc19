// The strict Content Security Policy: present in every built HTML file, the same
// in the deploy configs, and the site works under it (the crawl fails on any
// violation). No HTML injection paths in the source.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "../..");
const csp = JSON.parse(readFileSync(path.join(root, "deploy/csp.json"), "utf8")) as Record<string, string[] | string>;
const directives = Object.entries(csp).filter(([k]) => !k.startsWith("$")) as [string, string[]][];
const policy = (withFrameAncestors: boolean) =>
  directives
    .filter(([k]) => withFrameAncestors || k !== "frame-ancestors")
    .map(([k, v]) => `${k} ${v.join(" ")}`)
    .join("; ");

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, ext) : ext.test(name) ? [full] : [];
  });
}

test("the policy is strict: self only, no inline or eval scripts", () => {
  expect(csp["script-src"]).toEqual(["'self'"]);
  expect(csp["default-src"]).toEqual(["'self'"]);
  expect(csp["frame-ancestors"]).toEqual(["'none'"]);
  expect(JSON.stringify(csp)).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test("every built HTML file carries the policy and no inline script or event handler", () => {
  const html = files(path.join(root, "dist"), /\.html$/);
  expect(html.length).toBeGreaterThan(60);
  for (const file of html) {
    const text = readFileSync(file, "utf8");
    expect(text, file).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy(false)}" />`);
    for (const script of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const [, attrs = "", body = ""] = script;
      // Data scripts only (hydration data, JSON-LD): browsers never execute them, so script-src does not apply.
      if (body.trim()) expect(attrs, `${file}: inline script`).toMatch(/type="application\/(ld\+)?json"/);
    }
    expect(text, `${file}: inline event handler`).not.toMatch(/\son[a-z]+="/);
  }
});

test("the deploy configs send the same policy and the other security headers", () => {
  for (const file of ["deploy/_headers", "deploy/nginx.conf"]) {
    const text = readFileSync(path.join(root, file), "utf8");
    expect(text, file).toContain(policy(true));
    for (const header of ["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"])
      expect(text, file).toContain(header);
  }
});

test("no dangerouslySetInnerHTML anywhere in the source", () => {
  for (const file of files(path.join(root, "src"), /\.tsx?$/)) {
    expect(readFileSync(file, "utf8"), file).not.toContain("dangerouslySetInnerHTML");
  }
});
