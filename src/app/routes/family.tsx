import { Route, Routes, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { BindRelative } from '@/features/family/components/bind-relative';
import { FamilyHome } from '@/features/family/components/family-home';
import { HistoryView } from '@/features/family/components/history-view';
import { PayForm } from '@/features/family/components/pay-form';
import { ReceiptView } from '@/features/family/components/receipt-view';
import { TransferForm } from '@/features/family/components/transfer-form';
import { Page } from '@/components/page';
import { RequireAuth } from '../require-auth';
import { NotFoundRoute } from './not-found';

// The person's own phone (SMS re-authentication) and ID number (no binding oneself) come from
// the profile; the family screens never wait for it.
function useSelf(): { phone: string | undefined; idNumber: string | undefined } {
  const { data } = useMe();
  return { phone: data?.phone, idNumber: data?.idNumber };
}

function Home() {
  const { t } = useTranslation();
  const { phone } = useSelf();
  return (
    <Page title={t('family.title')} back>
      <FamilyHome phone={phone} />
    </Page>
  );
}

function Bind() {
  const { t } = useTranslation();
  const { idNumber } = useSelf();
  return (
    <Page title={t('family.bind.title')} back>
      <BindRelative selfIdNumber={idNumber} />
    </Page>
  );
}

function Transfer() {
  const { t } = useTranslation();
  const { phone } = useSelf();
  return (
    <Page title={t('family.transfer.title')} back>
      <TransferForm phone={phone} />
    </Page>
  );
}

function Pay() {
  const { t } = useTranslation();
  const { phone } = useSelf();
  return (
    <Page title={t('family.pay.title')} back>
      <PayForm phone={phone} />
    </Page>
  );
}

function Receipt() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('family.receipt.title')} back>
      <ReceiptView id={id} />
    </Page>
  );
}

function History() {
  const { t } = useTranslation();
  return (
    <Page title={t('family.history.title')} back>
      <HistoryView />
    </Page>
  );
}

/** /family and its screens (docs/decisions/012); every one needs a sign-in. */
export function FamilyRoute() {
  return (
    <RequireAuth>
      <Routes>
        <Route index element={<Home />} />
        <Route path="relatives/new" element={<Bind />} />
        <Route path="transfer" element={<Transfer />} />
        <Route path="pay" element={<Pay />} />
        <Route path="receipts/:id" element={<Receipt />} />
        <Route path="history" element={<History />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Routes>
    </RequireAuth>
  );
}
