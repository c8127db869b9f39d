// The learner's path through the rendered workbench, with Playwright: open the
// examples folder, open a seed lesson from the Explorer, set a breakpoint in a
// goroutine, start debugging from the Run and Debug view, and read what the
// workbench draws: goroutines by name in the Call Stack, the highlighted line
// moving on a step, the lesson's output in the Debug Console, and the
// Scheduler panel's P cards changing after the step. A screenshot at each
// stage (test-artifacts/e2e/NN-*.png), and one of whatever was on screen when
// a check failed.

import type { Browser, Frame, Page } from 'playwright-core';
import type { Server } from './codeServer';
import type { Results } from './results';
import { clickLine, decoratedLines, openWorkbench, runCommand, schedulerFrame, shoot } from './workbench';
import { LAUNCH_NAME, LESSON } from './workspace';

export interface UiOptions {
  browser: Browser;
  server: Server;
  folder: string;
  results: Results;
  artifacts: string;
  log: (line: string) => void;
}

/** `fmt.Printf("%s ", c)` in getChars: only a goroutine other than main gets there. */
const BREAKPOINT_LINE = 12;

export async function runUi(o: UiOptions): Promise<void> {
  o.log('workbench: opening the examples folder');
  const wb = await openWorkbench(o.browser, o.server, o.folder);
  const page = wb.page;
  let failures = 0;
  /** One check; a failure is photographed, and the checks after it that depend on it are skipped. */
  const step = async (name: string, body: () => Promise<void>, shot?: string): Promise<boolean> => {
    try {
      await body();
      o.results.pass(name);
      if (shot) await shoot(page, o.artifacts, shot);
      return true;
    } catch (err) {
      o.results.fail(name, err);
      await shoot(page, o.artifacts, `failure-${++failures}`);
      return false;
    }
  };
  try {
    const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: LESSON });
    if (!(await step('the Explorer lists the examples folder’s lessons', () => explorerRow.first().waitFor({ timeout: 60_000 }), '01-explorer'))) return;

    const opened = await step(
      'a lesson opens from the Explorer',
      async () => {
        await explorerRow.first().click();
        await page.locator('.tabs-container .tab', { hasText: LESSON }).first().waitFor({ timeout: 20_000 });
        await page.locator('.monaco-editor .view-line', { hasText: 'func getChars' }).first().waitFor({ timeout: 20_000 });
      },
      '02-lesson',
    );
    if (!opened) return;

    // Wider, so the Call Stack's goroutine names show whole in the screenshots.
    await widenSideBar(page, 140).catch(() => undefined);

    const breakpointSet = await step(`F9 sets a breakpoint on line ${BREAKPOINT_LINE}, inside the getChars goroutine`, async () => {
      // The editor takes breakpoints once the extension's contributions are known: it then has a glyph margin.
      await waitUntil(() => page.evaluate(() => ((document.querySelector('.monaco-editor .glyph-margin') as HTMLElement | null)?.offsetWidth ?? 0) > 0), 'the editor’s glyph margin', 30_000);
      for (let attempt = 1; ; attempt++) {
        await clickLine(page, BREAKPOINT_LINE);
        await page.keyboard.press('F9');
        try {
          await waitUntil(async () => (await decoratedLines(page, 'codicon-debug-breakpoint')).includes(BREAKPOINT_LINE), 'a breakpoint glyph on the line', 5_000);
          return;
        } catch (err) {
          if (attempt === 3) throw err;
          o.log(`workbench: no breakpoint after F9, try ${attempt}`);
        }
      }
    });
    if (!breakpointSet) return;

    if (!(await step('the Run and Debug view starts the launch.json configuration', () => startDebugging(page, o.log)))) return;

    const stopped = await step(
      'the Call Stack lists the goroutines by name, stopped in main.getChars',
      async () => {
        const rows = page.locator('.debug-call-stack .monaco-list-row');
        await rows.filter({ hasText: /G\d+ main\.getChars/ }).first().waitFor({ timeout: 30_000 });
        await rows.filter({ hasText: /G1 main\.main/ }).first().waitFor({ timeout: 10_000 });
        await rows.filter({ hasText: /Paused on breakpoint/i }).first().waitFor({ timeout: 10_000 });
        await waitUntil(async () => (await decoratedLines(page, 'debug-top-stack-frame-line')).includes(BREAKPOINT_LINE), `the editor to highlight line ${BREAKPOINT_LINE}`);
      },
    );
    if (!stopped) return;

    let panel: Frame | undefined;
    let before = '';
    await step(
      'the Scheduler panel beside the editor shows a card per P',
      async () => {
        panel = await schedulerFrame(page);
        await waitUntil(async () => (await panel!.locator('.pcard').count()) === 2, 'two P cards (gomaxprocs 2)');
        await panel.locator('.pcard.holds-stop').first().waitFor({ timeout: 10_000 });
        before = await panelText(panel);
      },
      '03-stopped-in-goroutine',
    );

    await step(
      'the Debug Console shows the lesson’s output',
      async () => {
        await page.locator('.repl .monaco-list-row', { hasText: 'main execution started' }).first().waitFor({ timeout: 20_000 });
      },
    );

    const stepped = await step(
      'stepping over moves the highlighted line',
      async () => {
        const [from] = await decoratedLines(page, 'debug-top-stack-frame-line');
        await page.keyboard.press('F10');
        await waitUntil(async () => {
          const now = await decoratedLines(page, 'debug-top-stack-frame-line');
          return now.length === 1 && now[0] !== from;
        }, `the highlighted line to leave line ${from}`);
      },
    );

    if (stepped && panel) {
      await step(
        'the Scheduler panel updates after the step',
        async () => {
          await waitUntil(async () => (await panelText(panel!)) !== before, 'the panel to change');
          await waitUntil(async () => (await panel!.locator('.pcard').count()) === 2, 'two P cards');
        },
        '04-after-step',
      );
    }

    await step('stopping the session ends it', async () => {
      await page.keyboard.press('Shift+F5');
      await page.locator('.debug-toolbar').waitFor({ state: 'hidden', timeout: 20_000 });
    });
  } finally {
    if (wb.errors.length) o.log(`workbench page errors: ${wb.errors.slice(0, 5).join(' | ')}`);
    await wb.close();
  }
}

/** The launch.json route (F5 can race the workbench here): Run and Debug view, wait for the configuration, press the green button; up to 3 tries. */
async function startDebugging(page: Page, log: (line: string) => void): Promise<void> {
  await runCommand(page, 'View: Show Run and Debug');
  const start = page.locator('.start-debug-action-item');
  await start.waitFor({ timeout: 20_000 });
  await waitUntil(async () => ((await start.textContent()) ?? '').includes(LAUNCH_NAME) || (await start.locator('select').inputValue().catch(() => '')).includes(LAUNCH_NAME), `“${LAUNCH_NAME}” in the configuration list`);
  for (let attempt = 1; attempt <= 3; attempt++) {
    const button = start.locator('.codicon-debug-start').first();
    await button.click();
    // Leave the button slowly, so its hover tooltip closes rather than staying in the screenshots.
    const box = await button.boundingBox();
    if (box) await page.mouse.move(box.x + 400, box.y + 500, { steps: 10 });
    try {
      await page.locator('.debug-toolbar').waitFor({ state: 'visible', timeout: 15_000 });
      return;
    } catch {
      log(`workbench: no debug session after try ${attempt}`);
    }
  }
  throw new Error('no debug session started after 3 presses of the start button');
}

/** Drags the sash between the side bar and the editor to the right. */
async function widenSideBar(page: Page, by: number): Promise<void> {
  const sash = await page.evaluate(() => {
    const side = document.querySelector('.part.sidebar')?.getBoundingClientRect();
    if (!side) return null;
    for (const s of Array.from(document.querySelectorAll('.monaco-sash.vertical'))) {
      const r = s.getBoundingClientRect();
      if (Math.abs(r.left + r.width / 2 - side.right) < 6 && r.height > 200) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!sash) return;
  await page.mouse.move(sash.x, sash.y);
  await page.mouse.down();
  await page.mouse.move(sash.x + by, sash.y, { steps: 5 });
  await page.mouse.up();
}

/** What the panel shows, less what changes by itself (nothing should, between stops). */
function panelText(panel: Frame): Promise<string> {
  return panel.locator('body').innerText({ timeout: 5_000 });
}

async function waitUntil(probe: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
