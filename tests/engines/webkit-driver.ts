// WebKitGTK (Safari's engine; Debian's webkit2gtk-driver) driven over classic
// WebDriver by selenium-webdriver. MiniBrowser has no headless mode: this
// starts its own Xvfb, which picks a free display itself.
// Every server here listens on a fixed loopback port (see PORTS): MiniBrowser's
// automation endpoint, and WebKitWebDriver attached to it with --target.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { Builder, By, Key as SeleniumKey, type WebDriver } from "selenium-webdriver";
import { PORTS, scrollToMiddle, takeProbeLog, within, type EngineBrowser, type EnginePage, type Key } from "./engine";

const STEP = 30_000;
const START = 60_000;

/** Debian installs MiniBrowser under the library folder of its WebKitGTK API version. */
export function findMiniBrowser(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  for (const lib of [
    "/usr/lib",
    ...readdirSync("/usr/lib")
      .filter((d) => d.endsWith("-linux-gnu"))
      .map((d) => `/usr/lib/${d}`),
  ]) {
    if (!existsSync(lib)) continue;
    for (const dir of readdirSync(lib)
      .filter((d) => /^webkit(2)?gtk-\d/.test(d))
      .sort()
      .reverse()) {
      const file = path.join(lib, dir, "MiniBrowser");
      if (existsSync(file)) return file;
    }
  }
  throw new Error("MiniBrowser not found: apt-get install webkit2gtk-driver (it brings libwebkit2gtk-4.1-0)");
}

const KEYS: Record<Key, string> = {
  Enter: SeleniumKey.ENTER,
  Space: SeleniumKey.SPACE,
  Escape: SeleniumKey.ESCAPE,
  Tab: SeleniumKey.TAB,
};

/** A child process and the end of what it printed, for error messages. */
interface Child {
  name: string;
  proc: ChildProcess;
  output: string[];
}

const children: Child[] = [];
// If the test worker ends abruptly, take the processes it started with it.
process.once("exit", () => {
  for (const child of children) if (child.proc.exitCode === null) child.proc.kill("SIGKILL");
});

function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, extraFd = false): Child {
  const proc = spawn(command, args, {
    env,
    stdio: ["ignore", "pipe", "pipe", ...(extraFd ? (["pipe"] as const) : [])],
  });
  const child: Child = { name, proc, output: [] };
  const keep = (chunk: Buffer) => {
    child.output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    child.output.splice(0, Math.max(0, child.output.length - 20));
  };
  proc.stdout?.on("data", keep);
  proc.stderr?.on("data", keep);
  proc.on("error", (error) => child.output.push(String(error)));
  children.push(child);
  return child;
}

function stop(child: Child): void {
  if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill("SIGTERM");
  const i = children.indexOf(child);
  if (i >= 0) children.splice(i, 1);
}

function describe(child: Child): string {
  const status = child.proc.exitCode ?? child.proc.signalCode ?? "running";
  return `${child.name} (${String(status)}): ${child.output.join(" | ") || "no output"}`;
}

/** Resolves once something accepts connections on a loopback port. */
async function waitForPort(port: number, child: Child): Promise<void> {
  const deadline = Date.now() + START;
  while (Date.now() < deadline) {
    if (child.proc.exitCode !== null || child.proc.signalCode !== null)
      throw new Error(`exited early: ${describe(child)}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ port, host: "127.0.0.1" }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => {
        resolve(false);
      });
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${START / 1000} s: ${describe(child)}`);
}

/** Starts Xvfb on a display it picks itself (-displayfd) and returns ":N". */
async function startXvfb(): Promise<{ child: Child; display: string }> {
  const child = start(
    "Xvfb",
    "Xvfb",
    ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1280x1024x24"],
    process.env,
    true,
  );
  const fd = child.proc.stdio[3] as NodeJS.ReadableStream | null;
  if (!fd) throw new Error("Xvfb: no pipe for -displayfd");
  const display = await within(
    START,
    "Xvfb to start",
    new Promise<string>((resolve, reject) => {
      let text = "";
      fd.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
        if (text.includes("\n")) resolve(`:${text.trim()}`);
      });
      child.proc.once("exit", () => {
        reject(new Error(`Xvfb exited: ${describe(child)} (apt-get install xvfb)`));
      });
    }),
  );
  return { child, display };
}

class WebKitPage implements EnginePage {
  private readonly errors: string[] = [];
  constructor(
    private readonly driver: WebDriver,
    private readonly baseURL: string,
  ) {}

  private async harvest(): Promise<void> {
    try {
      this.errors.push(...(await this.evaluate(takeProbeLog)));
    } catch (error) {
      this.errors.push(`could not read the error probe: ${String(error)}`);
    }
  }

  async goto(path: string): Promise<void> {
    await this.harvest();
    await within(STEP, `open ${path}`, this.driver.get(new URL(path, this.baseURL).href));
  }

  async evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return within(STEP, "evaluate", this.driver.executeScript<Awaited<R>>(fn, ...args));
  }

  async focus(selector: string): Promise<void> {
    const element = await within(STEP, `find ${selector}`, this.driver.findElement(By.css(selector)));
    await within(STEP, `focus ${selector}`, this.driver.executeScript("arguments[0].focus()", element));
  }

  async press(key: Key): Promise<void> {
    await within(STEP, `press ${key}`, this.driver.actions().sendKeys(KEYS[key]).perform());
  }

  async click(selector: string): Promise<void> {
    const element = await within(STEP, `find ${selector}`, this.driver.findElement(By.css(selector)));
    await within(STEP, `scroll to ${selector}`, this.driver.executeScript(scrollToMiddle, element));
    await within(STEP, `click ${selector}`, element.click());
  }

  async takeErrors(): Promise<string[]> {
    await this.harvest();
    return this.errors.splice(0, this.errors.length);
  }

  async close(): Promise<void> {
    // One window per session: the next test gets it back, empty.
    await within(STEP, "leave the page", this.driver.get("about:blank"));
  }
}

export async function launchWebKit(): Promise<EngineBrowser> {
  const started: Child[] = [];
  let driver: WebDriver | undefined;
  try {
    // Its own virtual display, so no window opens on a developer's screen; ENGINES_DISPLAY=:0 to watch.
    let display = process.env.ENGINES_DISPLAY;
    if (!display) {
      const xvfb = await startXvfb();
      started.push(xvfb.child);
      display = xvfb.display;
    }
    const browser = start("MiniBrowser", findMiniBrowser(), ["--automation"], {
      ...process.env,
      DISPLAY: display,
      WEBKIT_INSPECTOR_SERVER: `127.0.0.1:${PORTS.webkitInspector}`,
    });
    started.push(browser);
    await waitForPort(PORTS.webkitInspector, browser);
    const webdriver = start(
      "WebKitWebDriver",
      "WebKitWebDriver",
      [`--port=${PORTS.webkitDriver}`, "--host=local", `--target=127.0.0.1:${PORTS.webkitInspector}`],
      process.env,
    );
    started.push(webdriver);
    await waitForPort(PORTS.webkitDriver, webdriver);
    const opening = within(
      START,
      "WebKitWebDriver to open a session",
      new Builder()
        .usingServer(`http://127.0.0.1:${PORTS.webkitDriver}`)
        .withCapabilities({ browserName: "MiniBrowser" })
        .build(),
    );
    driver = await opening.catch((error: unknown) => {
      throw new Error(`${String(error)}; ${started.map(describe).join("; ")}`);
    });
    const capabilities = await driver.getCapabilities();
    const version = `WebKitGTK ${String(capabilities.get("browserVersion"))}`;
    await driver.manage().window().setRect({ width: 1280, height: 900 });
    const session = driver;
    return {
      version,
      newPage(baseURL) {
        return Promise.resolve(new WebKitPage(session, baseURL));
      },
      async close() {
        await within(STEP, "end the WebDriver session", session.quit()).catch(() => undefined);
        for (const child of started.reverse()) stop(child);
      },
    };
  } catch (error) {
    await driver?.quit().catch(() => undefined);
    for (const child of started.reverse()) stop(child);
    throw error;
  }
}
