// node scripts/lh-tasks.mjs <url> [min-ms] — one Lighthouse run (same setup as npm run bench) with
// its trace kept, printing the main thread's tasks longer than min-ms (default 8) with what ran in
// them. Lighthouse's TBT is roughly the sum over tasks after first paint of (4 × duration − 50 ms),
// so this shows which tasks cost it. Serve dist/ first (npm run preview). A diagnostic, not a test.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium.mjs";
import { blockingMs, cpuAfterFirstPaint, mainThread } from "./lib/lh-trace.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [url, minArg] = process.argv.slice(2);
if (!url) throw new Error("usage: node scripts/lh-tasks.mjs <url> [min-ms]");
const MIN_MS = Number(minArg ?? 8);

const dir = mkdtempSync(path.join(tmpdir(), "lh-tasks-"));
try {
  execFileSync(
    path.join(root, "node_modules", ".bin", "lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${dir}/report.json`,
      "--save-assets",
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")} --user-data-dir=${dir}/profile`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: "pipe", timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(path.join(dir, "report.json"), "utf8"));
  const events = JSON.parse(readFileSync(path.join(dir, "report-0.trace.json"), "utf8")).traceEvents;
  const { navStart, firstPaint, events: main, tasks } = mainThread(events, url);
  const ms = (us) => (us / 1000).toFixed(1);
  const cpu = cpuAfterFirstPaint({ tasks, firstPaint });
  console.log(
    `performance ${report.categories.performance.score * 100}, TBT ${report.audits["total-blocking-time"].numericValue.toFixed(0)} ms ` +
      `(observed first paint at ${ms(firstPaint - navStart)} ms; "-" marks tasks before it; ` +
      `each task: wall-clock ms / CPU ms)`,
  );
  let estimate = 0;
  for (const task of tasks.filter((e) => e.dur > MIN_MS * 1000)) {
    const afterPaint = task.ts + task.dur > firstPaint;
    if (afterPaint) estimate += blockingMs(task.dur / 1000);
    const inside = main.filter(
      (e) =>
        e !== task && e.name !== "RunTask" && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 1500,
    );
    const what = inside
      .slice(0, 8)
      .map((e) => {
        const file = e.args?.data?.url ? `(${e.args.data.url.split("/").pop()})` : "";
        return `${e.name}${file} ${ms(e.dur)}`;
      })
      .join(", ");
    console.log(
      `${afterPaint ? " " : "-"} at ${ms(task.ts - navStart)} ms: ${ms(task.dur)} / ${ms(task.tdur ?? task.dur)} ms | ${what}`,
    );
  }
  console.log(`estimate from these tasks (4 × duration − 50 ms after first paint): ${estimate.toFixed(0)} ms`);
  console.log(
    `CPU time of the tasks starting after first paint: ${cpu.cpuMs.toFixed(0)} ms, longest ${cpu.longestCpuMs.toFixed(1)} ms, ` +
      `TBT at CPU time (4 × CPU ms − 50 per task): ${cpu.cpuTbtMs.toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
