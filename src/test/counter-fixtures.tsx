import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { transact } from '@mocks/db';
import { DEMO_VOUCHER_PASSWORD, personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { callApi } from '@mocks/test-utils';
import { reauthResponseSchema } from '@/api-contract/reauth';
import { settlementSchema } from '@/api-contract/settlement';
import { voucherCodeSchema } from '@/api-contract/voucher';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import '@/features/counter/i18n/counter-strings';

/** A counter test's render: the app's i18n (zh-CN) and a fresh query client. */
export function renderCounter(ui: ReactElement): RenderResult {
  return render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={createQueryClient()}>{ui}</QueryClientProvider>
    </I18nextProvider>,
  );
}

const cq = personas.find((p) => p.id === 'cq-retiree');
if (!cq) throw new Error('the Chongqing persona is missing');
/** 张建国, Chongqing, retired: his pharmacy has one prescription sent to it in the seed. */
export const CQ_PERSON_ID = cq.personId;
export const CQ_PHARMACY = 'ph-049681';
export const CQ_HOSPITAL = 'hs-cq-3';
export const METFORMIN = 'XA10BAM048A001010100811';

/** The person's phone, signed in (a session in the demo backend). */
export function signInPerson(personId = CQ_PERSON_ID): string {
  return transact((tx) => createSession(tx, personId)).token;
}

/** A fresh e-voucher code of the signed-in person, as their QR code holds it. */
export async function issueCode(token: string): Promise<string> {
  const answer = await callApi('POST', '/voucher/code', {
    token,
    body: {},
    schema: voucherCodeSchema,
  });
  if (!answer.data) throw new Error('no code');
  return answer.data.ecToken;
}

/** The person pays a pending bill on their phone (re-authenticated, by WeChat Pay). */
export async function payOnPhone(token: string, settlementId: string, cashFen: number) {
  const grant = await callApi('POST', '/auth/reauth', {
    token,
    body: { method: 'voucher-password', password: DEMO_VOUCHER_PASSWORD },
    schema: reauthResponseSchema,
  });
  if (!grant.data) throw new Error('no grant');
  return callApi('POST', `/settlements/${settlementId}/pay`, {
    token,
    body: { channel: cashFen > 0 ? 'wechat' : null, cashFen, reauthGrant: grant.data.grant },
    schema: settlementSchema,
  });
}

/** Which institution the tab plays, as the place picker keeps it. */
export function playInstitution(regionCode: string, institutionId: string): void {
  sessionStorage.setItem('ybt.counter.place', JSON.stringify({ regionCode, institutionId }));
}
