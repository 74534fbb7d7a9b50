import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderApp } from '@/test/render-app';

const CQ_RETIREE = '重庆 · 退休职工 · 72 岁';

async function personaItem(label: string): Promise<HTMLElement> {
  const item = (await screen.findByText(label)).closest('li');
  if (!item) throw new Error(`${label} is not in a list item`);
  return item;
}

// Goes through the in-process demo backend (persona switch and demo state).
describe('/demo', () => {
  it('keeps marking the current person when the profile request fails, after a reload too', async () => {
    const user = userEvent.setup();
    const first = renderApp('/demo');
    const name = `切换为此用户：${CQ_RETIREE}`;
    // The route, its strings and the demo state all load first.
    await user.click(await screen.findByRole('button', { name }));
    expect(await within(await personaItem(CQ_RETIREE)).findByText('当前')).toBeVisible();

    // What a fault does to the profile; a new app (new query cache) is what a reload leaves.
    server.use(
      http.get('*/api/me', () => HttpResponse.json({ code: 'SERVER_ERROR' }, { status: 500 })),
    );
    first.unmount();
    renderApp('/demo');
    expect(await within(await personaItem(CQ_RETIREE)).findByText('当前')).toBeVisible();
    expect(screen.getAllByText('当前')).toHaveLength(1);
  });
});
