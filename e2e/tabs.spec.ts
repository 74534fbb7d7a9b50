import type { BrowserContext, Page } from '@playwright/test';
import { expect, PERSONAS, signIn, test } from './fixtures';

/**
 * One demo backend for every tab (docs/decisions/019): several pages of one browser context
 * share one state, in a SharedWorker where the browser has one and in a worker per tab (held in
 * step by a Web Lock and IndexedDB) where it has none, as Chrome on Android.
 */

const PASSWORD = '802413';
const FATHER = { relation: 'father', name: '林国华', idNumber: '350181196209120312' };
const ROUNDS = 50;

interface Answer {
  status: number;
  body: unknown;
}

/** One API call from inside a page, through its interception, with its own session. */
async function api(
  page: Page,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string } = {},
): Promise<Answer> {
  return page.evaluate(
    async ({ method, path, token, body, key }) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (method !== 'GET') headers['Idempotency-Key'] = key ?? crypto.randomUUID();
      const response = await fetch(`/api${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) };
    },
    { method, path, token: options.token, body: options.body, key: options.key },
  );
}

async function session(page: Page): Promise<string> {
  const answer = await api(page, 'POST', '/__demo/persona', {
    body: { personaId: PERSONAS.fzEmployee.id },
  });
  expect(answer.status).toBe(200);
  return (answer.body as { token: string }).token;
}

async function grant(page: Page, token: string): Promise<string> {
  const answer = await api(page, 'POST', '/auth/reauth', {
    token,
    body: { method: 'voucher-password', password: PASSWORD },
  });
  expect(answer.status).toBe(200);
  return (answer.body as { grant: string }).grant;
}

/** 林晓燕 with an open account, her father bound and 1,000 元 moved in: ready to pay 2027. */
async function fundedAccount(page: Page, token: string): Promise<string> {
  expect(
    (
      await api(page, 'POST', '/family/account', {
        token,
        body: { consent: true, reauthGrant: await grant(page, token) },
      })
    ).status,
  ).toBe(201);
  const bound = await api(page, 'POST', '/family/relatives', { token, body: FATHER });
  expect(bound.status).toBe(201);
  const moved = await api(page, 'POST', '/family/transfers', {
    token,
    body: { amountFen: 100_000, reauthGrant: await grant(page, token) },
  });
  expect(moved.status).toBe(201);
  return (bound.body as { id: string }).id;
}

/** A page whose demo backend has started (the demo console asks it for its state at once). */
async function openPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/demo');
  await page.waitForFunction(() => window.__ybtDemoBackend !== undefined);
  return page;
}

async function openPages(context: BrowserContext, count: number): Promise<Page[]> {
  const pages: Page[] = [];
  for (let i = 0; i < count; i += 1) {
    pages.push(await openPage(context));
  }
  return pages;
}

for (const mode of ['shared-worker', 'worker'] as const) {
  test.describe(`one backend for every tab (${mode})`, () => {
    test.beforeEach(async ({ context }) => {
      // Chrome on Android has no SharedWorker: each tab then runs its own worker.
      if (mode === 'worker') {
        await context.addInitScript(() => {
          Object.defineProperty(window, 'SharedWorker', { value: undefined });
        });
      }
    });

    test('a change in one page reaches a page opened before it', async ({ context }) => {
      const [a, b] = await openPages(context, 2);
      if (!a || !b) throw new Error('no pages');
      const tokenB = await session(b);
      expect(await b.evaluate(() => window.__ybtDemoBackend?.place)).toBe(mode);
      const tokenA = await session(a);
      const relativeId = await fundedAccount(a, tokenA);
      // Page B was open before the account existed, and sees it, the binding and the money.
      const overview = await api(b, 'GET', '/family', { token: tokenB });
      expect(overview.status).toBe(200);
      expect(JSON.stringify(overview.body)).toContain(relativeId);
      // And the other way: B spends, A sees the balance it left.
      const paid = await api(b, 'POST', '/family/premiums', {
        token: tokenB,
        body: { relativeId, year: 2027, amountFen: 40_000, reauthGrant: await grant(b, tokenB) },
      });
      expect(paid.status).toBe(201);
      const history = await api(a, 'GET', '/family/history', { token: tokenA });
      expect(history.body).toMatchObject({ familyBalanceFen: 60_000, premiumsPaidFen: 40_000 });
    });

    test(`${ROUNDS} rounds of three pages paying the same relative-year at once make one payment each`, async ({
      context,
    }) => {
      test.setTimeout(mode === 'worker' ? 360_000 : 240_000);
      const pages = await openPages(context, 3);
      const [first] = pages;
      if (!first) throw new Error('no pages');
      const outcomes: string[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        expect((await api(first, 'POST', '/__demo/reset')).status).toBe(200);
        const tokens = await Promise.all(pages.map((page) => session(page)));
        const relativeId = await fundedAccount(first, tokens[0] ?? '');
        const grants = await Promise.all(pages.map((page, i) => grant(page, tokens[i] ?? '')));
        const answers = await Promise.all(
          pages.map((page, i) =>
            api(page, 'POST', '/family/premiums', {
              token: tokens[i] ?? '',
              body: { relativeId, year: 2027, amountFen: 40_000, reauthGrant: grants[i] },
            }),
          ),
        );
        const statuses = answers.map((answer) => answer.status).sort();
        outcomes.push(statuses.join(','));
        expect(
          statuses.filter((status) => status === 201),
          `round ${round}`,
        ).toHaveLength(1);
        const history = await api(first, 'GET', '/family/history', { token: tokens[0] ?? '' });
        expect(history.body, `round ${round}`).toMatchObject({
          familyBalanceFen: 60_000,
          premiumsPaidFen: 40_000,
        });
        const overview = await api(pages[2] ?? first, 'GET', '/family', { token: tokens[2] ?? '' });
        const father = (
          overview.body as { relatives: Array<{ id: string; paidYears: number[] }> }
        ).relatives.find((r) => r.id === relativeId);
        expect(father?.paidYears, `round ${round}`).toEqual([2027]);
      }
      console.log(
        `tabs (${mode}): ${ROUNDS} rounds of 3 pages paying one relative-year at once: ` +
          `${outcomes.filter((o) => o.split(',').filter((s) => s === '201').length === 1).length} ` +
          `made exactly one payment (answers ${[...new Set(outcomes)].join(' | ')})`,
      );
    });

    test('a premium paid in one page appears in another without a reload', async ({ context }) => {
      const [a, b] = await openPages(context, 2);
      if (!a || !b) throw new Error('no pages');
      await signIn(b, PERSONAS.fzEmployee.phone);
      const token = await session(a);
      const relativeId = await fundedAccount(a, token);
      await b.goto('/family');
      await expect(b.getByText(FATHER.name.replace(/^(.)./, '$1*'))).toBeVisible();
      await expect(b.getByText(/已缴年度/)).toBeHidden();
      const paid = await api(a, 'POST', '/family/premiums', {
        token,
        body: { relativeId, year: 2027, amountFen: 40_000, reauthGrant: await grant(a, token) },
      });
      expect(paid.status).toBe(201);
      await expect(b.getByText('已缴年度：2027')).toBeVisible({ timeout: 2_000 });
    });
  });
}

test('a crashed backend is said and restarted; a retry with its key replays the payment', async ({
  context,
}) => {
  const [a, b] = await openPages(context, 2);
  if (!a || !b) throw new Error('no pages');
  const token = await session(a);
  const relativeId = await fundedAccount(a, token);
  const key = 'pay-father-2027';
  const body = { relativeId, year: 2027, amountFen: 40_000, reauthGrant: await grant(a, token) };
  expect((await api(a, 'POST', '/family/premiums', { token, body, key })).status).toBe(201);
  await a.evaluate(() => window.__ybtDemoBackend?.crash());
  // Both tabs say so, and the next request meets a new worker with the stored state.
  for (const page of [a, b]) {
    await expect(page.getByText(/演示后台意外停止，已重新启动/)).toBeVisible();
  }
  const replay = await api(b, 'POST', '/family/premiums', { token, body, key });
  expect(replay.status).toBe(201);
  const history = await api(b, 'GET', '/family/history', { token });
  expect(history.body).toMatchObject({ premiumsPaidFen: 40_000, familyBalanceFen: 60_000 });
});

test('with no worker at all the backend runs in the page and the banner says this tab only', async ({
  context,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'SharedWorker', { value: undefined });
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  const page = await openPage(context);
  await session(page);
  expect(await page.evaluate(() => window.__ybtDemoBackend?.place)).toBe('page');
  await expect(page.getByText(/演示后台仅在此标签页运行/)).toBeVisible();
});
