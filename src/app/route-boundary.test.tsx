import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { lazyRoute } from '@/lib/lazy-route';
import { AppProviders } from './providers';
import { RouteBoundary } from './route-boundary';

// Broken until the test "fixes" it: React itself re-renders once after an error.
let broken = false;

function Flaky() {
  if (broken) throw new Error('render failed');
  return <p>内容已加载</p>;
}

describe('RouteBoundary', () => {
  it('turns a screen that throws into a translated error page whose retry renders it again', async () => {
    // React reports caught render errors on the console; they are the point of this test.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    broken = true;
    const user = userEvent.setup();
    render(
      <AppProviders>
        <MemoryRouter>
          <RouteBoundary>
            <Flaky />
          </RouteBoundary>
        </MemoryRouter>
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: '页面加载失败', level: 1 })).toBeVisible();
    expect(screen.getByText('出现了意外错误，请重试')).toBeVisible();
    expect(screen.getByRole('button', { name: '返回' })).toBeVisible();

    broken = false;
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('内容已加载')).toBeVisible();
    consoleError.mockRestore();
  });

  it('says a screen is not saved offline, without trying its import, and loads it on retry once online', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const load = vi.fn(async () => ({ Screen: () => <p>测算页面</p> }));
    const Screen = lazyRoute(load, 'Screen');
    const user = userEvent.setup();
    render(
      <AppProviders>
        <MemoryRouter>
          <RouteBoundary>
            <Screen />
          </RouteBoundary>
        </MemoryRouter>
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: '网络不可用', level: 2 })).toBeVisible();
    expect(screen.getByText('这个页面还没有保存到手机上，联网后点“重试”即可打开')).toBeVisible();
    expect(screen.queryByText('出现了意外错误，请重试')).toBeNull();
    // Offline with no service worker the import cannot succeed, and a failed one would stay
    // failed for the life of the page: it is not attempted.
    expect(load).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(
      await screen.findByText('这个页面还没有保存到手机上，联网后点“重试”即可打开'),
    ).toBeVisible();
    onLine.mockReturnValue(true);
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('测算页面')).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
    consoleError.mockRestore();
  });

  it('tells a screen whose code did not download apart from an unexpected error', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Screen = lazyRoute<'Screen'>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      'Screen',
    );
    render(
      <AppProviders>
        <MemoryRouter>
          <RouteBoundary>
            <Screen />
          </RouteBoundary>
        </MemoryRouter>
      </AppProviders>,
    );
    expect(await screen.findByText('页面没有下载完整，请检查网络后重试')).toBeVisible();
    expect(screen.getByRole('button', { name: '重试' })).toBeVisible();
    consoleError.mockRestore();
  });
});
