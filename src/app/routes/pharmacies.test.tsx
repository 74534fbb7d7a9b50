import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { transact } from '@mocks/db';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';

/** The device refuses to tell where it is, so the person picks a district. */
function stubDeniedGeolocation() {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (
        _ok: unknown,
        fail: (e: { code: number; PERMISSION_DENIED: 1 }) => void,
      ) => fail({ code: 1, PERMISSION_DENIED: 1 }),
    },
  });
}

// jsdom lays nothing out: give the list's scroll box a phone's size and rows a row's.
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

const rows = () => within(screen.getByRole('list', { name: '附近药店' })).getAllByRole('listitem');

describe('/pharmacies for a signed-in person', () => {
  it('starts the city chooser at the person’s insured city, and says distances are from the district centre', async () => {
    const user = userEvent.setup();
    const fz = personas.find((p) => p.id === 'fz-employee');
    if (!fz) throw new Error('persona missing');
    const { token } = transact((tx) => createSession(tx, fz.personId));
    useSession.getState().signIn(token);
    stubDeniedGeolocation();
    renderApp('/pharmacies');
    await user.click(await screen.findByRole('button', { name: '使用我的位置' }));
    await screen.findByRole('alert');
    await waitFor(() => expect(screen.getByLabelText('城市')).toHaveDisplayValue('福州市'));
    await user.click(screen.getByRole('button', { name: '按此区县查找' }));
    expect(await screen.findByText(/^距离从福州市.+中心计算$/)).toBeInTheDocument();
    expect(rows()[0]).toHaveTextContent(/距区中心 \d/);
  });
});
