import { expect, test } from './fixtures';

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
