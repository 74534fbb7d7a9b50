import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
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
});
