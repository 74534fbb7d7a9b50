import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';
import { demoEndpoints } from '@/api-contract/demo';
import { apiRequest } from '@/lib/api-client';
import { server } from '@mocks/node';

describe('home', () => {
  it('shows a profile that breaks the contract as an error with retry, never half-drawn', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      http.get('*/api/me', () => {
        calls += 1;
        // A balance in yuan with decimals where the contract wants integer fen.
        return HttpResponse.json({ name: '张三', insurance: { personalAccountBalanceFen: 12.5 } });
      }),
    );
    useSession.getState().signIn('some-token');
    renderApp('/');
    // The client retries a failed query once, quietly, before it shows the error.
    expect(await screen.findByText('服务返回的数据异常，未予显示，请稍后重试')).toBeInTheDocument();
    expect(screen.queryByText('个人账户余额')).not.toBeInTheDocument();
    expect(screen.queryByText(/张/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '重试' }));
    await screen.findByText('服务返回的数据异常，未予显示，请稍后重试');
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('writes label and value with a full-width colon in Chinese', async () => {
    const session = await apiRequest(demoEndpoints.demoPersona, {
      body: { personaId: 'cq-retiree' },
      idempotencyKey: crypto.randomUUID(),
    });
    useSession.getState().signIn(session.token);
    renderApp('/');
    const line = await screen.findByText(/^参保地/);
    expect(line.textContent).toMatch(/^参保地：重庆市 · /);
    expect(line.textContent).not.toContain(':');
  });

  it('offers sign-in and the services when signed out, with no request', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => void requests.push(request.url));
    renderApp('/');
    expect(await screen.findByRole('link', { name: '登录 / 注册' })).toHaveAttribute(
      'href',
      '/login',
    );
    expect(screen.getByRole('link', { name: '报销测算' })).toHaveAttribute('href', '/estimate');
    expect(requests).toEqual([]);
    server.events.removeAllListeners();
  });
});
