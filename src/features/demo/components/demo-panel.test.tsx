import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { personas } from '@mocks/seed';
import { i18n, loadLanguage } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { demoStateSchema, faultsSchema, type DemoState, type Faults } from '@/api-contract/demo';
import { DemoPanel } from './demo-panel';

const NO_FAULTS: Faults = {
  latencyMs: 0,
  errorRate: 0,
  offline: false,
  lostResponseRate: 0,
  slowResponseRate: 0,
};

function demoState(overrides: Partial<DemoState> = {}): DemoState {
  return demoStateSchema.parse({
    personas: personas.map(({ id, labelKey, name, phone, regionName }) => ({
      id,
      labelKey,
      name,
      phone,
      regionName,
    })),
    faults: NO_FAULTS,
    slowResponseMs: 20_000,
    storage: 'indexeddb',
    notice: null,
    ...overrides,
  });
}

/**
 * A stand-in for the demo backend's control endpoints, so these tests pin the panel's side of
 * the contract while the backend changes; it records every faults body it is sent.
 */
function serveDemoState(initial: DemoState): Faults[] {
  let state = initial;
  const sent: Faults[] = [];
  server.use(
    http.get('*/api/__demo/state', () => HttpResponse.json(state)),
    http.put('*/api/__demo/faults', async ({ request }) => {
      const faults = faultsSchema.parse(await request.json());
      sent.push(faults);
      state = { ...state, faults };
      return HttpResponse.json(state);
    }),
  );
  return sent;
}

function renderPanel(currentPhone: string | null = null) {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <I18nextProvider i18n={i18n}>
        <DemoPanel currentPhone={currentPhone} onSession={vi.fn()} />
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

function firstPersona() {
  const persona = personas[0];
  if (!persona) throw new Error('seed has no personas');
  return persona;
}

describe('DemoPanel', () => {
  it('groups the faults into before and after the work, the new ones named in plain words', async () => {
    serveDemoState(demoState());
    renderPanel();

    expect(
      await screen.findByRole('heading', { name: '未办理：请求失败，数据不变', level: 3 }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { name: '已办理：数据已更改，但应用没收到结果', level: 3 }),
    ).toBeVisible();
    const lost = screen.getByRole('slider', { name: '办理成功但响应丢失：0%' });
    const slow = screen.getByRole('slider', {
      name: '办理成功但响应超时（20 秒后才返回）：0%',
    });
    expect(lost).toHaveValue('0');
    expect(slow).toHaveValue('0');
    expect(screen.getAllByRole('slider')).toHaveLength(4);
  });

  it('sends the lost-response rate with the other faults unchanged', async () => {
    const sent = serveDemoState(demoState({ faults: { ...NO_FAULTS, errorRate: 20 } }));
    renderPanel();

    fireEvent.change(await screen.findByRole('slider', { name: /办理成功但响应丢失/ }), {
      target: { value: '30' },
    });

    await waitFor(() =>
      expect(sent).toEqual([{ ...NO_FAULTS, errorRate: 20, lostResponseRate: 30 }]),
    );
    expect(await screen.findByRole('slider', { name: '办理成功但响应丢失：30%' })).toHaveValue(
      '30',
    );
  });

  it('sends the slow-response rate', async () => {
    const sent = serveDemoState(demoState());
    renderPanel();

    fireEvent.change(await screen.findByRole('slider', { name: /办理成功但响应超时/ }), {
      target: { value: '100' },
    });

    await waitFor(() => expect(sent).toEqual([{ ...NO_FAULTS, slowResponseRate: 100 }]));
  });

  it('names each persona: masked in Chinese, in pinyin with no Chinese text in English', async () => {
    serveDemoState(demoState());
    const view = renderPanel();
    await screen.findByRole('heading', { name: '演示用户' });
    const titles = screen.getByRole('list').querySelectorAll('.list__title');
    expect([...titles].map((el) => el.textContent?.split(' · ')[0])).toEqual(
      personas.map(
        (p) => `${p.name.slice(0, 1)}${'*'.repeat(p.name.length - 2)}${p.name.slice(-1)}`,
      ),
    );
    view.unmount();
    await loadLanguage('en-US');
    try {
      serveDemoState(demoState());
      renderPanel();
      await screen.findByRole('heading', { name: 'Demo people' });
      const list = screen.getByRole('list');
      expect(list.querySelector('.list__title')?.textContent).toMatch(/^Mr Zhang · Chongqing/);
      expect(list.textContent).not.toMatch(/\p{Script=Han}/u);
    } finally {
      await loadLanguage('zh-CN');
    }
  });

  it('says where the demo data lives', async () => {
    serveDemoState(demoState({ storage: 'memory' }));
    const view = renderPanel();
    expect(await screen.findByText('演示数据只在内存中，刷新后会丢失')).toBeVisible();
    view.unmount();

    serveDemoState(demoState({ storage: 'indexeddb' }));
    renderPanel();
    expect(
      await screen.findByText('演示数据保存在本浏览器（IndexedDB），刷新后仍在'),
    ).toBeVisible();
  });

  it('shows "saved" in a status that was there before, outside the page flow', async () => {
    serveDemoState(demoState());
    renderPanel();
    const slider = await screen.findByRole('slider', { name: /接口出错率/ });
    const status = screen.getByRole('status');
    expect(status).toBeEmptyDOMElement();
    // Fixed over the page (demo-panel.css), so nothing under the finger moves when it fills.
    expect(status).toHaveClass('demo-status');

    fireEvent.change(slider, { target: { value: '50' } });

    expect(await within(status).findByText('设置已生效')).toBeVisible();
  });

  it('marks the current demo person instead of offering to switch to them', async () => {
    serveDemoState(demoState());
    const current = firstPersona();
    renderPanel(current.phone);

    const item = (await screen.findByText(i18n.t(current.labelKey))).closest('li');
    if (!item) throw new Error('persona is not in a list item');
    expect(within(item).getByText('当前')).toBeVisible();
    expect(within(item).queryByRole('button')).toBeNull();
    expect(screen.getAllByRole('button', { name: /^切换为此用户：/ })).toHaveLength(
      personas.length - 1,
    );
  });
});

// These go through the in-process demo backend (mocks/), so they need it to know the new faults.
describe('DemoPanel against the demo backend', () => {
  it('saves the after-the-work faults and reads them back', async () => {
    renderPanel();
    fireEvent.change(await screen.findByRole('slider', { name: /办理成功但响应丢失/ }), {
      target: { value: '40' },
    });
    expect(await screen.findByText('设置已生效')).toBeVisible();
    expect(screen.getByRole('slider', { name: /办理成功但响应丢失/ })).toHaveValue('40');
    expect(
      screen.getByRole('slider', { name: /办理成功但响应超时（\d+ 秒后才返回）/ }),
    ).toHaveValue('0');
  });
});
