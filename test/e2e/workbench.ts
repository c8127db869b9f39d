// The code-server workbench in Playwright: opening a folder (optionally with a
// smoke-test-driver payload), and reading what the rendered workbench shows.

import * as http from 'http';
import * as path from 'path';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Server } from './codeServer';

export type Payload = [string, string][];

/** The remote authority the workbench uses for the server's files (`vscode-remote://<authority>/abs/path`). */
export async function remoteAuthority(server: Server, folder: string): Promise<string> {
  const html = await get(`${server.url}/?folder=${encodeURIComponent(folder)}`);
  const m = /id="vscode-workbench-web-configuration"[^>]*data-settings="([^"]*)"/.exec(html) ?? /data-settings="([^"]*)"[^>]*id="vscode-workbench-web-configuration"/.exec(html);
  if (!m) throw new Error('no workbench configuration in code-server’s page');
  const settings = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')) as { remoteAuthority?: string };
  if (!settings.remoteAuthority) throw new Error('the workbench configuration has no remoteAuthority');
  return settings.remoteAuthority;
}

export function remoteUri(authority: string, abs: string): string {
  return `vscode-remote://${authority}${abs.split(path.sep).map(encodeURIComponent).join('/')}`;
}

export interface Workbench {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

export async function openWorkbench(browser: Browser, server: Server, folder: string, opts: { payload?: Payload; beforeLoad?: (page: Page) => Promise<unknown> } = {}): Promise<Workbench> {
  const context = await browser.newContext({ viewport: { width: 1800, height: 1000 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  if (opts.beforeLoad) await opts.beforeLoad(page);
  let url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (opts.payload) url += `&payload=${encodeURIComponent(JSON.stringify(opts.payload))}`;
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return { page, errors, close: () => context.close() };
}

/** Runs a command from the command palette (F1), by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 10_000 });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

/** The 1-based line numbers of the editor lines carrying a CSS class (a decoration): matched by their vertical place. */
export async function decoratedLines(page: Page, className: string): Promise<number[]> {
  return page.evaluate((cls) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
    if (!editor) return [];
    const tops = new Set<string>();
    editor.querySelectorAll(`.${cls}`).forEach((n) => {
      // Glyphs (breakpoints) are widgets placed by `top`; line decorations sit in a row placed the same way.
      const row = (n as HTMLElement).closest('.glyph-margin-widgets > div, .view-overlays > div, .margin-view-overlays > div') as HTMLElement | null;
      if (row) tops.add(row.style.top);
    });
    const lines: number[] = [];
    editor.querySelectorAll('.margin-view-overlays > div').forEach((row) => {
      const num = row.querySelector('.line-numbers');
      if (num && tops.has((row as HTMLElement).style.top)) lines.push(Number(num.textContent));
    });
    return lines.sort((a, b) => a - b);
  }, className);
}

/** Clicks into the text of a line of the active editor (1-based). */
export async function clickLine(page: Page, line: number): Promise<void> {
  const box = await page.evaluate((n) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
    if (!editor) return null;
    for (const row of Array.from(editor.querySelectorAll('.margin-view-overlays > div'))) {
      if (row.querySelector('.line-numbers')?.textContent?.trim() === String(n)) {
        const r = row.getBoundingClientRect();
        const text = editor.querySelector('.view-lines')!.getBoundingClientRect();
        return { x: text.left + 60, y: r.top + r.height / 2 };
      }
    }
    return null;
  }, line);
  if (!box) throw new Error(`line ${line} is not on screen`);
  await page.mouse.click(box.x, box.y);
}

/** The Scheduler panel's document: VS Code nests a webview's page in two iframes. */
export async function schedulerFrame(page: Page, timeoutMs = 20_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (const f of page.frames()) {
      if (f.isDetached()) continue;
      const has = await f.locator('#processors').count().catch(() => 0);
      if (has > 0) return f;
    }
    if (Date.now() > until) throw new Error('no Scheduler panel (#processors) in any frame');
    await page.waitForTimeout(250);
  }
}

export async function shoot(page: Page, dir: string, name: string): Promise<string> {
  const file = path.join(dir, `${name}.png`);
  // Away from buttons, so no hover tooltip covers what the picture is for.
  await page.mouse.move(1300, 12, { steps: 5 }).catch(() => undefined);
  // A button's delayed tooltip can appear after the mouse has left it (the start
  // button's, after a click), and then stays until some later event: let it go,
  // or leave it out of the picture. Only the picture changes; no check reads it.
  const hover = page.locator('.workbench-hover-container');
  if (await hover.isVisible().catch(() => false)) {
    await hover.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() =>
      page.evaluate(() => document.querySelectorAll<HTMLElement>('.workbench-hover-container').forEach((h) => (h.style.visibility = 'hidden'))).catch(() => undefined),
    );
  }
  await page.screenshot({ path: file }).catch(() => undefined);
  return file;
}

function get(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}
