// Reading a Lighthouse trace (lighthouse --save-assets): the page's main-thread tasks and its first
// paint, for npm run bench and npm run bench:tasks.
//
// Why CPU time as well as duration: Lighthouse's TBT is simulated from each task's *wall-clock*
// duration (× 4 for the mobile profile). On a small VM the renderer's main thread is often waiting
// for a core (Chromium's own compositor, raster and compile threads, the Lighthouse process) — on
// this project's 2-core machine tasks took ~1.5–2× their CPU time, and more in slow spells. The CPU
// time a task used (the trace's `tdur`) is what our code costs and varies far less from run to run.

/** The main thread's complete events (sorted), its tasks, and the navigation and first-paint times (µs). */
export function mainThread(events, url) {
  const threadNames = new Map(
    events.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  );
  const nav = events
    .filter((e) => e.name === "navigationStart" && String(e.args?.data?.documentLoaderURL ?? "").startsWith(url))
    .pop();
  if (!nav) throw new Error(`no navigation to ${url} in the trace`);
  const mainKey = [...threadNames].find(([key, name]) => key.startsWith(`${nav.pid}:`) && name === "CrRendererMain");
  if (!mainKey) throw new Error(`no renderer main thread for ${url} in the trace`);
  const tid = Number(mainKey[0].split(":")[1]);
  const firstPaint = events.filter((e) => e.name === "firstContentfulPaint" && e.pid === nav.pid).pop()?.ts ?? nav.ts;
  const onMain = events.filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === "X").sort((a, b) => a.ts - b.ts);
  return { navStart: nav.ts, firstPaint, events: onMain, tasks: onMain.filter((e) => e.name === "RunTask") };
}

/** Lighthouse's rule for one task: the part of it beyond 50 ms, at the mobile profile's 4× CPU slowdown. */
export const blockingMs = (taskMs) => Math.max(0, taskMs * 4 - 50);

/**
 * What the tasks starting after first paint (the app's start-up and hydration; the page's first
 * layout, which its static twin has too, comes before) cost in CPU time: their total, the longest,
 * and the TBT they would give if the main thread ran whenever it had work (4 × CPU ms − 50 each).
 */
export function cpuAfterFirstPaint({ tasks, firstPaint }) {
  const cpuMs = tasks.filter((t) => t.ts >= firstPaint).map((t) => (t.tdur ?? t.dur) / 1000);
  return {
    cpuMs: cpuMs.reduce((sum, ms) => sum + ms, 0),
    longestCpuMs: Math.max(0, ...cpuMs),
    cpuTbtMs: cpuMs.reduce((sum, ms) => sum + blockingMs(ms), 0),
  };
}
