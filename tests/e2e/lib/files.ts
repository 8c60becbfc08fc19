import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Every file under a folder, at any depth. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}
