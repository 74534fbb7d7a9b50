import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useDemoOutbox } from '@/lib/demo-outbox';
import { renderApp } from '@/test/render-app';

const MEMORY_ONLY = '此浏览器无法保存演示数据（如无痕模式），演示照常运行，但刷新后会丢失';

// A storage notice is about the device, so the store reset between tests leaves it alone.
afterEach(() => useDemoOutbox.getState().setStorageNotice(null));

describe('the demo banner', () => {
  it('shows the demo backend’s storage notice in a status until it is dismissed', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const banner = await screen.findByRole('note');
    expect(within(banner).getByText('演示模式 · 所有数据均为虚构，非真实医保记录')).toBeVisible();
    // The status is there before the notice, so a screen reader is listening when it arrives.
    const status = within(banner).getByRole('status');
    expect(status).toBeEmptyDOMElement();

    act(() => useDemoOutbox.getState().setStorageNotice('memory-only'));
    expect(await within(status).findByText(MEMORY_ONLY)).toBeVisible();

    await user.click(within(status).getByRole('button', { name: '关闭此提示' }));
    expect(screen.queryByText(MEMORY_ONLY)).not.toBeInTheDocument();
    expect(useDemoOutbox.getState().storageNotice).toBeNull();
  });

  it.each([
    ['migrated', '演示数据已从旧版本迁移'],
    ['reset-incompatible', '保存的演示数据来自不兼容的旧版本，已恢复初始演示数据'],
  ] as const)('words the %s notice', async (notice, text) => {
    useDemoOutbox.getState().setStorageNotice(notice);
    renderApp('/');
    expect(await screen.findByText(text)).toBeVisible();
  });
});
