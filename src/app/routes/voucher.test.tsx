import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { transact } from '@mocks/db';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';

const fz = personas.find((p) => p.id === 'fz-employee');
const ty = personas.find((p) => p.id === 'ty-employee');
if (!fz || !ty) throw new Error('personas missing');

function signInAs(personId: string): void {
  const { token } = transact((tx) => createSession(tx, personId));
  useSession.getState().signIn(token);
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('/voucher', () => {
  it('shows the masked holder, the region, a named QR and a countdown; offline, no code at all', async () => {
    signInAs(fz.personId);
    renderApp('/voucher');
    expect(
      await screen.findByRole('img', { name: /医保码二维码：林\*燕，参保地 福州市/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('350102********0261')).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/\d+ 秒后自动刷新/);
    expect(screen.getByText(/截图或照片无法使用/)).toBeInTheDocument();

    act(() => setOnline(false));
    expect(await screen.findByText('医保码需要联网')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /医保码二维码/ })).not.toBeInTheDocument();
    act(() => setOnline(true));
    expect(await screen.findByRole('img', { name: /医保码二维码/ })).toBeInTheDocument();
  });

  it('takes a person who has not activated to the wizard', async () => {
    signInAs(ty.personId);
    const { router } = renderApp('/voucher');
    expect(await screen.findByRole('heading', { name: '须知与授权' })).toBeInTheDocument();
    expect(router.pathname).toBe('/voucher/activate');
  });
});
