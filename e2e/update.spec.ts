import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/** A static host of our own for one deployment, so the test can deploy a second version. */
async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
      try {
        const body = await readFile(file.startsWith(root) ? file : path.join(root, 'index.html'));
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'no-cache',
        });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        // An app route: the single-page app answers it.
        res.writeHead(200, { 'Content-Type': TYPES['.html'] });
        res.end(await readFile(path.join(root, 'index.html')));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** Appended to version 2's worker: it answers on the port a page sends it. */
const VERSION_2_ANSWERS = `self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'E2E_WHICH_VERSION') event.ports[0].postMessage('version 2');
});`;

/** What the worker controlling the page says its version is; null when it does not answer. */
async function controllingVersion(page: Page): Promise<string | null> {
  try {
    return await page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const controller = navigator.serviceWorker.controller;
          if (!controller) return resolve(null);
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(String(event.data));
          controller.postMessage({ type: 'E2E_WHICH_VERSION' }, [channel.port2]);
          setTimeout(() => resolve(null), 1_000);
        }),
    );
  } catch {
    // The page is reloading: ask again.
    return null;
  }
}

test('a new deployment offers an update, and taking it loads the new version', async ({ page }) => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ybt-deploy-'));
  await cp(process.env.E2E_DEMO_DIR ?? 'dist-demo', root, { recursive: true });
  const { url, server } = await serve(root);
  try {
    await page.goto(url);
    await expect(page.getByRole('heading', { name: '医保通', level: 1 })).toBeVisible();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(page.getByText('发现新版本')).toHaveCount(0);

    // Deploy version 2: a service worker that differs by a byte is a new version to the browser.
    // Its difference answers "which version?", so the test can tell which worker controls the
    // page: version 1, like any worker at /sw.js, stays silent.
    const sw = path.join(root, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n${VERSION_2_ANSWERS}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });

    const prompt = page.getByRole('status').filter({ hasText: '发现新版本' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Version 2 is installed and waiting, yet version 1 still controls the page: the checks
    // below cannot pass until the update is taken.
    expect(await controllingVersion(page)).toBeNull();
    await page.evaluate(() => {
      (window as { beforeUpdate?: true }).beforeUpdate = true;
    });
    await prompt.getByRole('button', { name: '立即更新' }).click();
    // The new worker takes over and the page reloads under it, with no prompt left. The reload
    // follows the change of controller, so the page is asked again until it has happened.
    await expect.poll(() => controllingVersion(page), { timeout: 30_000 }).toBe('version 2');
    await expect
      .poll(() => page.evaluate(() => 'beforeUpdate' in window).catch(() => true), {
        timeout: 15_000,
      })
      .toBe(false);
    await expect(page.getByRole('heading', { name: '医保通', level: 1 })).toBeVisible();
    await expect(page.getByText('发现新版本')).toHaveCount(0);
    const waiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null,
    );
    expect(waiting).toBeNull();
  } finally {
    server.close();
    await rm(root, { recursive: true, force: true });
  }
});
