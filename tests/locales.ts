import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** Reads locale files straight from disk, as the completeness checks see them. */
export const LOCALES_DIR = path.resolve(import.meta.dirname, "../locales");

export type Tree = { [key: string]: string | Tree };

export function readNamespace(lang: string, ns: string, dir = LOCALES_DIR): Tree {
  return JSON.parse(readFileSync(path.join(dir, lang, `${ns}.json`), "utf8")) as Tree;
}

export function languagesOnDisk(dir = LOCALES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
}
