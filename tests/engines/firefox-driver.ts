// Firefox ESR (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core.
import puppeteer, { type Browser, type EvaluateFunc, type KeyInput, type Page } from "puppeteer-core";
import { PORTS, scrollToMiddle, takeProbeLog, within, type EngineBrowser, type EnginePage, type Key } from "./engine";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

const KEYS: Record<Key, KeyInput> = { Enter: "Enter", Space: " ", Escape: "Escape", Tab: "Tab" };
const STEP = 30_000;

class FirefoxPage implements EnginePage {
  private readonly errors: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly baseURL: string,
  ) {
    // Besides the in-page probe: what only the browser sees (e.g. errors in a worker).
    page.on("pageerror", (error: unknown) => {
      this.errors.push(
        `${this.path()}: [firefox] page error: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    page.on("console", (message) => {
      if (message.type() === "error") this.errors.push(`${this.path()}: [firefox] console error: ${message.text()}`);
    });
  }

  private path(): string {
    return this.page.url().replace(this.baseURL, "");
  }

  private async harvest(): Promise<void> {
    try {
      this.errors.push(...(await this.page.evaluate(takeProbeLog)));
    } catch (error) {
      this.errors.push(`${this.path()}: could not read the error probe: ${String(error)}`);
    }
  }

  async goto(path: string): Promise<void> {
    await this.harvest();
    await this.page.goto(new URL(path, this.baseURL).href, { waitUntil: "load", timeout: STEP });
  }

  async evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return (await within(
      STEP,
      "evaluate",
      this.page.evaluate(fn as unknown as EvaluateFunc<A>, ...args),
    )) as Awaited<R>;
  }

  async focus(selector: string): Promise<void> {
    await within(STEP, `focus ${selector}`, this.page.focus(selector));
  }

  async press(key: Key): Promise<void> {
    await within(STEP, `press ${key}`, this.page.keyboard.press(KEYS[key]));
  }

  async click(selector: string): Promise<void> {
    const element = await within(STEP, `find ${selector}`, this.page.waitForSelector(selector, { timeout: STEP }));
    if (!element) throw new Error(`no ${selector}`);
    await within(STEP, `scroll to ${selector}`, element.evaluate(scrollToMiddle));
    await within(STEP, `click ${selector}`, element.click());
  }

  async takeErrors(): Promise<string[]> {
    await this.harvest();
    return this.errors.splice(0, this.errors.length);
  }

  async close(): Promise<void> {
    await within(STEP, "close the tab", this.page.close());
  }
}

export async function launchFirefox(): Promise<EngineBrowser> {
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    // A fixed loopback port (the default is any free one).
    debuggingPort: PORTS.firefoxBidi,
    timeout: 60_000,
    protocolTimeout: 60_000,
    defaultViewport: { width: 1280, height: 900 },
  });
  const version = (await browser.version()).replace(/^firefox\//i, "Firefox ");
  return {
    version,
    async newPage(baseURL) {
      return new FirefoxPage(await within(STEP, "open a tab", browser.newPage()), baseURL);
    },
    async close() {
      await within(STEP, "close Firefox", browser.close()).catch(() => {
        browser.process()?.kill("SIGKILL");
      });
    },
  };
}
