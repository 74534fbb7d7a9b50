import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pharmacyById, XSS_PHARMACY_NAME } from '@mocks/reference/pharmacies/generate';
import { renderApp } from '@/test/render-app';

const FUZHOU = { latitude: 26.085, longitude: 119.296 };
// 仓山区's centre: its nearest shop is 63 m off, a minute's walk, so the row shows distance and
// walk (at FUZHOU the nearest is 20 m off, and a shop that close is "right here").
const CANGSHAN = { latitude: 26.0468, longitude: 119.2735 };

type Answer = { ok: { latitude: number; longitude: number } } | { fail: 1 | 2 | 3 };

function stubGeolocation(answer: Answer) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (
        ok: (p: { coords: { latitude: number; longitude: number } }) => void,
        fail: (e: {
          code: number;
          PERMISSION_DENIED: 1;
          POSITION_UNAVAILABLE: 2;
          TIMEOUT: 3;
        }) => void,
      ) => {
        if ('ok' in answer) ok({ coords: answer.ok });
        else fail({ code: answer.fail, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 });
      },
    },
  });
}

// jsdom lays nothing out: give the list's scroll box a phone's size and rows a row's, so the
// virtualiser has a window to fill.
beforeEach(() => {
  const size = (list: number, row: number) =>
    function (this: HTMLElement) {
      if (this.classList.contains('pharmacy-list')) return list;
      return this.classList.contains('pharmacy-row') ? row : 0;
    };
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(size(640, 120));
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(size(360, 360));
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(size(640, 120));
});

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(navigator, 'geolocation');
});

async function openWithLocation(
  at: { latitude: number; longitude: number } = FUZHOU,
  loaded: RegExp = /由近到远|显示最近的/,
) {
  const user = userEvent.setup();
  stubGeolocation({ ok: at });
  renderApp('/pharmacies');
  await user.click(await screen.findByRole('button', { name: '使用我的位置' }));
  await screen.findByText(loaded);
  return user;
}

const rows = () => within(screen.getByRole('list', { name: '附近药店' })).getAllByRole('listitem');

describe('nearby pharmacies screen', () => {
  it('asks first, then lists the nearest pharmacies with distance, walk and badge', async () => {
    await openWithLocation(CANGSHAN);
    expect(screen.getByText('距离从您的位置计算')).toBeInTheDocument();
    const first = rows()[0];
    if (!first) throw new Error('no rows');
    expect(within(first).getByText(/步行约 1 分钟/)).toBeInTheDocument();
    expect(within(first).getByText('15分钟医保服务圈')).toBeInTheDocument();
    // Virtualised: 2,000 results, a screenful of rows in the DOM.
    expect(screen.getByText('显示最近的 2000 家药店')).toBeInTheDocument();
    expect(document.querySelectorAll('.pharmacy-row').length).toBeLessThan(30);
  });

  it('says a shop is right here instead of "0 米 · 步行约 0 分钟" when standing at it', async () => {
    const shop = pharmacyById('ph-092988');
    if (!shop) throw new Error('shop missing');
    await openWithLocation({ latitude: shop.lat, longitude: shop.lng });
    const first = rows()[0];
    if (!first) throw new Error('no rows');
    expect(within(first).getByRole('link', { name: shop.name })).toBeInTheDocument();
    expect(within(first).getByText('就在附近')).toBeInTheDocument();
    expect(first).not.toHaveTextContent(/\d+ 米|步行约/);
    // Shops farther off keep their distance and walk.
    expect(screen.getAllByText(/^步行约 [1-9]\d* 分钟$/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^[1-9]\d* 米$/).length).toBeGreaterThan(0);
  });

  it('renders a name that is HTML as text', async () => {
    await openWithLocation();
    expect(screen.getByRole('link', { name: XSS_PHARMACY_NAME })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('narrows with a filter and offers to widen when nothing matches', async () => {
    const user = await openWithLocation();
    await user.click(screen.getByRole('button', { name: '双通道' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '双通道' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    await waitFor(() =>
      expect(within(rows()[0] as HTMLElement).getByText('双通道')).toBeInTheDocument(),
    );
    await user.type(screen.getByLabelText('按药店名称搜索'), '不存在的药房');
    await user.click(screen.getByRole('button', { name: '搜索' }));
    expect(await screen.findByText('没有名称包含“不存在的药房”的药店。')).toBeInTheDocument();
    // What was typed stays.
    expect(screen.getByLabelText('按药店名称搜索')).toHaveValue('不存在的药房');
    await user.click(screen.getByRole('button', { name: '取消所有筛选' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '双通道' })).toHaveAttribute(
        'aria-pressed',
        'false',
      ),
    );
  });

  it('offers a city and district right in the empty list when no shop is within 10 km', async () => {
    // Beijing: far from the demo's three cities.
    const user = await openWithLocation({ latitude: 39.9042, longitude: 116.4074 }, /10 公里内/);
    const empty = screen.getByRole('region', { name: '10 公里内没有找到药店。' });
    await user.selectOptions(within(empty).getByLabelText('城市'), '福州市');
    await user.selectOptions(within(empty).getByLabelText('区县'), '鼓楼区');
    await user.click(within(empty).getByRole('button', { name: '按此区县查找' }));
    expect(await screen.findByText('距离从福州市鼓楼区中心计算')).toBeInTheDocument();
    expect(rows().length).toBeGreaterThan(0);
    expect(screen.queryByText('10 公里内没有找到药店。')).toBeNull();
  });

  it.each([
    [1, '您未允许获取位置。'],
    [2, '暂时无法获取您的位置。'],
    [3, '获取位置超时。'],
  ] as const)('when location fails (%i), says why and offers a district', async (code, text) => {
    const user = userEvent.setup();
    stubGeolocation({ fail: code });
    renderApp('/pharmacies');
    await user.click(await screen.findByRole('button', { name: '使用我的位置' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    await user.selectOptions(await screen.findByLabelText('城市'), '福州市');
    await user.selectOptions(screen.getByLabelText('区县'), '鼓楼区');
    await user.click(screen.getByRole('button', { name: '按此区县查找' }));
    expect(await screen.findByText('距离从福州市鼓楼区中心计算')).toBeInTheDocument();
    expect(rows().length).toBeGreaterThan(0);
  });
});
