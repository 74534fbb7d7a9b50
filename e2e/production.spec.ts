import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { demoEnUS } from '../src/features/demo/i18n/en-US';
import { demoZhCN } from '../src/features/demo/i18n/zh-CN';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('the production build runs under its CSP with no demo backend', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  expect(scriptSrc).toContain("'self'");
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain('unsafe-eval');

  await page.goto('/');
  await expect(page.getByRole('heading', { name: '医保通', level: 1 })).toBeVisible();
  await expect(page.getByText(/演示模式/)).toHaveCount(0);
});

test('the production build has no /demo route: it is the not-found screen', async ({ page }) => {
  await page.goto('/demo');
  await expect(page.getByRole('heading', { name: '页面不存在', level: 1 })).toBeVisible();
  await expect(page.getByText('演示控制台')).toHaveCount(0);
});

test('axe: the production build, as a first visit sees it', async ({ page }) => {
  for (const path of ['/', '/login', '/estimate', '/demo']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectNoAxeViolations(page);
  }
});

test('the production build ignores the demo idle override', async ({ page }) => {
  // Signed in as far as the app can tell (no backend here answers for the token), with the
  // demo console's key asking for a 2 s timeout: a demo build warns after 1 s, signs out at 2 s.
  await page.addInitScript(() => {
    localStorage.setItem('ybt.demo.idleTimeoutMs', '2000');
    sessionStorage.setItem('ybt.session', 'a-token-no-server-knows');
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '医保通', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: '登录 / 注册' })).toHaveCount(0);
  await page.waitForTimeout(4_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/\/login/);
  expect(await page.evaluate(() => sessionStorage.getItem('ybt.session'))).not.toBeNull();

  // Not just unused: the code that reads the key is not in the build at all.
  const readsKey = (dir: string) =>
    builtTextFiles(dir)
      .filter(({ file }) => file.endsWith('.js'))
      .some(({ text }) => text.includes('ybt.demo.idleTimeoutMs'));
  expect(readsKey(DEMO_DIR), `the demo build (${DEMO_DIR}) reads the override`).toBe(true);
  expect(readsKey(PROD_DIR), `the production build (${PROD_DIR}) reads the override`).toBe(false);
});

// The same folders playwright.config.ts serves.
const PROD_DIR = resolve(process.env.E2E_PROD_DIR ?? 'dist');
const DEMO_DIR = resolve(process.env.E2E_DEMO_DIR ?? 'dist-demo');

// Everything else the build writes (js, css, html, webmanifest, sw.js, workbox, maps) is text.
const BINARY = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.ico', '.woff', '.woff2']);

function builtTextFiles(dir: string): Array<{ file: string; text: string }> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && !BINARY.has(extname(entry.name).toLowerCase()),
  );
  return files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { file: relative(dir, path), text: readFileSync(path, 'utf8') };
  });
}

interface Needle {
  label: string;
  test: (text: string) => boolean;
}

const literal = (text: string): Needle => ({ label: text, test: (t) => t.includes(text) });

/**
 * The demo personas as the seed writes them: every ID number, mobile number and Chinese name in
 * mocks/seed.ts, read from its text so the list follows the seed when people are added.
 */
function seedNeedles(): { names: string[]; phones: string[]; idNumbers: string[] } {
  const seed = readFileSync(resolve('mocks/seed.ts'), 'utf8');
  const all = (re: RegExp, group = 0) => [
    ...new Set([...seed.matchAll(re)].map((m) => m[group] ?? '')),
  ];
  return {
    names: all(/name: '(\p{Script=Han}{2,4})'/gu, 1),
    phones: all(/(?<!\d)1[3-9]\d{9}(?!\d)/g),
    idNumbers: all(/(?<!\d)\d{17}[\dX](?!\d)/g),
  };
}

const seed = seedNeedles();
const NEEDLES: Needle[] = [
  ...[
    '__demo',
    'yibaotong-demo-backend',
    'mswjs',
    'setupServer',
    'defineNetwork',
    'demo.persona',
    'cqRetiree',
    // The console's descriptions of the personas ("重庆 · 退休职工 · 72 岁").
    ...Object.values(demoZhCN.persona),
    ...Object.values(demoEnUS.persona),
    ...new Set(['张建国', '林晓燕', '王志强', '李秀兰', ...seed.names]),
    ...new Set(['13800001111', '13900002222', '13700003333', ...seed.phones]),
    ...new Set([
      '500103195403150173',
      '350102199206080261',
      '140105198810050531',
      ...seed.idNumbers,
    ]),
  ].map(literal),
  // As a word: three letters a content hash in a file name could spell by chance.
  { label: 'msw', test: (t) => /(?<![A-Za-z0-9])msw(?![A-Za-z0-9])/i.test(t) },
];

function findNeedles(dir: string): string[] {
  return builtTextFiles(dir).flatMap(({ file, text }) =>
    NEEDLES.filter((needle) => needle.test(text)).map((needle) => `${file}: ${needle.label}`),
  );
}

test('the production build carries no demo code or demo persona data', () => {
  expect(seed.names.length, 'names read from mocks/seed.ts').toBeGreaterThanOrEqual(3);
  expect(seed.phones.length, 'phones read from mocks/seed.ts').toBeGreaterThanOrEqual(3);
  expect(seed.idNumbers.length, 'ID numbers read from mocks/seed.ts').toBeGreaterThanOrEqual(3);

  // The reader proves itself on the demo build first: the same needles must find the demo
  // backend and its personas there, or an empty result below would prove nothing.
  const inDemo = findNeedles(DEMO_DIR);
  const foundInDemo = (labels: readonly string[]) =>
    inDemo.some((hit) => labels.some((label) => hit.endsWith(`: ${label}`)));
  const mustFindInDemo = {
    'the demo API path': ['__demo'],
    'the mock network': ['msw', 'mswjs', 'yibaotong-demo-backend'],
    'a persona description': Object.values(demoZhCN.persona),
    'a persona name': seed.names,
    'a persona phone': seed.phones,
    'a persona ID number': seed.idNumbers,
  };
  for (const [what, labels] of Object.entries(mustFindInDemo)) {
    expect(foundInDemo(labels), `the demo build (${DEMO_DIR}) shows ${what}`).toBe(true);
  }

  const files = builtTextFiles(PROD_DIR).map((f) => f.file);
  expect(files, `built files in ${PROD_DIR}`).toEqual(
    expect.arrayContaining(['index.html', 'sw.js', 'manifest.webmanifest']),
  );
  expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
  expect(findNeedles(PROD_DIR), `demo code or data in ${PROD_DIR}`).toEqual([]);
});
