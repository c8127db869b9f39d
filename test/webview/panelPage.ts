// The built Scheduler panel (dist/webview.js and .css) in headless Chromium:
// the same HTML and Content-Security-Policy the extension serves
// (src/host/schedulerPanelHtml.ts), served from a made-up origin, with VS
// Code's `acquireVsCodeApi` and theme variables stood in by an init script.
// Tests post host messages to it and read the DOM, the messages it posted
// back and the state it saved.

import * as fs from 'fs';
import * as path from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import type { HostToPanel, PanelToHost } from '../../src/protocol/panel';
import { schedulerPanelHtml } from '../../src/host/schedulerPanelHtml';
import { repoRoot } from './recorder';
import { Theme } from './themes';

export const chromiumPath = '/usr/bin/chromium';
const origin = 'https://gosim-panel.test';

export function artifactsDir(): string {
  const dir = path.join(repoRoot(), 'test-artifacts', 'webview');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface PanelPage {
  page: Page;
  /** Sends a host message as VS Code would (a window message event). */
  send(msg: HostToPanel): Promise<void>;
  /** Sends a message synchronously inside the page and returns how long applying it took, layout included (ms). */
  sendTimed(msg: HostToPanel): Promise<{ applyMs: number; frameMs: number }>;
  posted(): Promise<PanelToHost[]>;
  savedState(): Promise<unknown>;
  cspViolations(): Promise<string[]>;
  errors: string[];
  screenshot(name: string): Promise<string>;
}

export async function openPanel(browser: Browser, theme: Theme, size = { width: 900, height: 900 }, state?: unknown): Promise<PanelPage> {
  const context = await browser.newContext({ viewport: size, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const nonce = 'dGVzdC1ub25jZS0xMjM0';
  const html = schedulerPanelHtml({ cspSource: origin, scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/dist/webview.css`, nonce });
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/' || url.pathname === '/index.html') return route.fulfill({ status: 200, contentType: 'text/html', body: html });
    const file = path.join(repoRoot(), url.pathname);
    if (!file.startsWith(path.join(repoRoot(), 'dist')) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.ttf') ? 'font/ttf' : 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
  });
  await page.addInitScript(
    ({ theme, state }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__posted = [];
      w.__state = state;
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (w.__csp as string[]).push(`${e.violatedDirective} ${e.blockedURI}`));
      w.acquireVsCodeApi = () => ({
        postMessage: (m: unknown) => (w.__posted as unknown[]).push(JSON.parse(JSON.stringify(m))),
        getState: () => w.__state,
        setState: (s: unknown) => {
          w.__state = JSON.parse(JSON.stringify(s));
        },
      });
      // As VS Code does: variables on <html>, the theme's class on <body>, before the panel's script runs.
      const apply = () => {
        if (!document.body) return false;
        for (const [k, v] of Object.entries(theme.vars)) document.documentElement.style.setProperty(k, v);
        document.body.classList.add(theme.bodyClass);
        return true;
      };
      if (!apply()) {
        const watch = new MutationObserver(() => {
          if (apply()) watch.disconnect();
        });
        watch.observe(document, { childList: true, subtree: true });
      }
    },
    { theme, state: state ?? undefined },
  );
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'panel/ready'));
  return {
    page,
    errors,
    async send(msg) {
      await page.evaluate((m) => window.postMessage(m, '*'), msg);
      // postMessage is delivered as a task: wait for it to have been handled.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    },
    async sendTimed(msg) {
      return page.evaluate(async (m) => {
        const t0 = performance.now();
        window.dispatchEvent(new MessageEvent('message', { data: m }));
        document.body.getBoundingClientRect();
        void document.body.offsetHeight;
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const t2 = performance.now();
        return { applyMs: t1 - t0, frameMs: t2 - t0 };
      }, msg);
    },
    posted: () => page.evaluate(() => (window as unknown as { __posted: PanelToHost[] }).__posted),
    savedState: () => page.evaluate(() => (window as unknown as { __state: unknown }).__state),
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    async screenshot(name) {
      const file = path.join(artifactsDir(), `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  };
}
