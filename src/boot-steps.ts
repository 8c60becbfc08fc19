/**
 * Ends the current task and continues in a new one, so the browser can handle
 * input and paint in between. scheduler.yield() where the browser has it (not
 * slowed down like timers are in a background tab), a zero timeout elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
