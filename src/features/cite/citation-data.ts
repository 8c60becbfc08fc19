import type { SourceDetails } from "../../content/schema";
import { sourceLinkLanguage } from "../../content/source-languages";

/** A bibliography entry in CSL-JSON (Citation Style Language), the form citation-js reads and writes. */
export interface CslItem {
  id: string;
  type: "article-journal" | "webpage";
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  issued?: { "date-parts": [[number]] };
  "container-title"?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  PMID?: string;
  URL?: string;
  language: string;
}

/** "Kruegel AC, Gassaway MM, et al." → people; an organization's name stays whole. */
function authors(list: string): NonNullable<CslItem["author"]> {
  const parts = list
    .replace(/\.$/, "")
    .split(/,\s*/)
    .filter((p) => !/^et al\.?$/.test(p));
  const person = /^(.+)\s([A-Z]{1,4}(?:[a-z]{2}[A-Z])?)$/;
  if (!parts.every((p) => person.test(p))) return [{ literal: list }];
  return parts.map((p) => {
    const [, family = p, given = ""] = person.exec(p) ?? [];
    return { family, given };
  });
}

/** "Journal of X 138(21):6754-6764" → the journal, volume, issue and pages; anything else stays whole. */
function container(text: string): Pick<CslItem, "container-title" | "volume" | "issue" | "page"> {
  const m = /^(.*\S)\s+(\d+)(?:\(([^)]+)\))?:(\S+)$/.exec(text);
  if (!m) return { "container-title": text };
  const [, title = text, volume, issue, page] = m;
  return { "container-title": title, volume, ...(issue ? { issue } : {}), page };
}

/** A source of ours as a CSL-JSON item, with its DOI, PubMed id and address where known. */
export function cslItem(source: SourceDetails): CslItem {
  return {
    id: source.id,
    type: source.doi || source.pmid ? "article-journal" : "webpage",
    title: source.title,
    ...(source.authors ? { author: authors(source.authors) } : {}),
    ...(source.year ? { issued: { "date-parts": [[source.year]] } } : {}),
    ...(source.container ? container(source.container) : {}),
    ...(source.doi ? { DOI: source.doi } : {}),
    ...(source.pmid ? { PMID: source.pmid } : {}),
    ...(source.url ? { URL: source.url } : {}),
    language: sourceLinkLanguage(source.id, "web"),
  };
}
