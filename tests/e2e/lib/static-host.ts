// A small static host for the deploy test: serves one folder, mapped as deploy/nginx.conf maps
// it (/en/dosage → en/dosage.html, /en/ → en/index.html, anything else → 404 with 404.html),
// and can switch to another folder at once, as a host does when a new build is published.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

export interface StaticHost {
  origin: string;
  /** Serves these folders from now on: the first holds the live build; the others (kept older builds) only answer for files the first lacks. */
  publish: (...folders: string[]) => void;
  close: () => Promise<void>;
}

async function firstFile(folders: readonly string[], candidates: readonly string[]): Promise<[string, Buffer] | null> {
  for (const folder of folders)
    for (const candidate of candidates) {
      const file = path.join(folder, candidate);
      if (!file.startsWith(folder + path.sep)) continue;
      try {
        return [file, await readFile(file)];
      } catch {
        // not here: try the next
      }
    }
  return null;
}

export async function startStaticHost(...folders: string[]): Promise<StaticHost> {
  let live = folders;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const { pathname } = new URL(req.url ?? "/", "http://host");
      const rel = decodeURIComponent(pathname).replace(/^\/+/, "");
      const candidates =
        rel === "" || rel.endsWith("/") ? [`${rel}index.html`] : [rel, `${rel}.html`, `${rel}/index.html`];
      // Pages come from the live build only; older builds lend only their hashed assets.
      const found =
        (await firstFile(live.slice(0, 1), candidates)) ??
        (rel.startsWith("assets/") ? await firstFile(live.slice(1), candidates) : null);
      const [file, body, status] = found
        ? [...found, 200]
        : [path.join(live[0] ?? "", "404.html"), await readFile(path.join(live[0] ?? "", "404.html")), 404];
      res.writeHead(status, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": rel.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    })().catch(() => {
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    origin: `http://127.0.0.1:${address.port}`,
    publish: (...next) => {
      live = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
