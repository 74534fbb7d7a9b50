import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { transact } from '@mocks/db';
import { server } from '@mocks/node';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { useSession } from '@/features/auth/stores/session-store';
import { renderApp } from '@/test/render-app';

const fz = personas.find((p) => p.id === 'fz-employee');
if (!fz) throw new Error('persona missing');

function signInAs(personId: string): void {
  const { token } = transact((tx) => createSession(tx, personId));
  useSession.getState().signIn(token);
}

describe("a family member's records", () => {
  it('says a member who is no longer in the account is gone, with the way back, not an error', async () => {
    signInAs(fz.personId);
    renderApp('/voucher/family/pm-nobody/records');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这位家人已不在您的亲情账户中，无法查看其费用记录。',
    );
    expect(screen.getByRole('link', { name: '返回亲情账户' })).toHaveAttribute(
      'href',
      '/voucher/family',
    );
    expect(screen.queryByRole('button', { name: '重试' })).not.toBeInTheDocument();
  });

  it('offers a retry when the records fail to load', async () => {
    signInAs(fz.personId);
    server.use(
      http.get('*/api/voucher/family/:memberId/records', () =>
        HttpResponse.json({ code: 'SERVER_ERROR' }, { status: 500 }),
      ),
    );
    renderApp('/voucher/family/pm-nobody/records');
    expect(await screen.findByRole('button', { name: '重试' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '返回亲情账户' })).not.toBeInTheDocument();
  });
});
