import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Dispensing, PrescriptionStatus } from '@/api-contract/prescriptions';
import { maskName, maskPhone } from '@/lib/mask';
import { useMoney } from '@/components/use-money';
import '../i18n/prescriptions-strings';

/**
 * ISO/IEC 18004 (QR Code) asks for a light quiet zone four modules wide on all four sides. A
 * scanner finds the symbol by the finder patterns' contrast with it; with one module, the card's
 * edge, the screen's bezel or a reflection crowds them and the counter's scanner hesitates.
 */
const QUIET_ZONE_MODULES = 4;

/**
 * The pick-up code as digits and as a QR for the pharmacist's scanner. `qrcode` is imported
 * when a code is shown, so only this route's visit with a sent prescription fetches it. The QR
 * is an SVG: sharp at any zoom (elder mode, a phone held up to a scanner), its quiet zone drawn
 * in white with it.
 */
export function PickupCode({
  status,
  dispensing,
}: {
  status: PrescriptionStatus;
  dispensing: Dispensing;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const [qr, setQr] = useState<{ code: string; url: string } | 'error' | null>(null);
  const code = dispensing.pickupCode;

  useEffect(() => {
    let cancelled = false;
    import('qrcode')
      .then((QRCode) =>
        QRCode.toString(code, {
          type: 'svg',
          margin: QUIET_ZONE_MODULES,
          errorCorrectionLevel: 'M',
        }),
      )
      .then((svg) => {
        if (!cancelled) setQr({ code, url: `data:image/svg+xml,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (!cancelled) setQr('error');
      });
    return () => {
      cancelled = true;
    };
  }, [code]);

  const showCode = status === 'sent';
  return (
    <section className="card stack rx-pickup" aria-labelledby="rx-pickup-title">
      <h2 id="rx-pickup-title" className="card__title">
        {status === 'sent'
          ? t('prescriptions.send.sentTitle')
          : t('prescriptions.status.collected')}
      </h2>
      <dl className="definition-list">
        <div>
          <dt>{t('prescriptions.send.pharmacy')}</dt>
          <dd>
            <Link className="tap-link" to={`/pharmacies/${dispensing.pharmacyId}`}>
              {dispensing.pharmacyName}
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('prescriptions.send.method')}</dt>
          <dd>
            {dispensing.method === 'pickup'
              ? t('prescriptions.send.pickup')
              : t('prescriptions.send.delivery')}
          </dd>
        </div>
        {dispensing.address ? (
          <div>
            <dt>{t('prescriptions.send.deliveryTo')}</dt>
            <dd>
              {dispensing.address.district} {dispensing.address.detail} ·{' '}
              {maskName(dispensing.address.recipient)} {maskPhone(dispensing.address.phone)}
            </dd>
          </div>
        ) : null}
        {dispensing.method === 'delivery' ? (
          <div>
            <dt>{t('prescriptions.send.deliveryFeeLabel')}</dt>
            <dd>
              {t('prescriptions.send.deliveryFeeValue', {
                fee: money(dispensing.deliveryFeeFen),
              })}
            </dd>
          </div>
        ) : null}
        {dispensing.bill ? <DeliveryBill bill={dispensing.bill} /> : null}
      </dl>
      {showCode ? (
        <>
          <p className="rx-pickup__code">
            <span className="muted small block">{t('prescriptions.send.code')}</span>
            <strong data-testid="pickup-code">{code}</strong>
          </p>
          {qr === 'error' ? (
            <p className="notice" role="status">
              {t('prescriptions.send.qrError')}
            </p>
          ) : qr !== null && qr.code === code ? (
            <img
              className="rx-pickup__qr"
              src={qr.url}
              width={220}
              height={220}
              alt={t('prescriptions.send.qrAlt', { code })}
            />
          ) : null}
          {/* A delivered prescription is never collected at the counter: the code is what the
              courier may ask for, so the help must not send the person to the shop. */}
          <p className="muted small">
            {t(
              dispensing.method === 'delivery'
                ? 'prescriptions.send.codeHelpDelivery'
                : 'prescriptions.send.codeHelp',
            )}
          </p>
        </>
      ) : null}
    </section>
  );
}

/**
 * A delivery is paid in the app before the pharmacy sends it (docs/decisions/022): where its
 * bill stands, the parcel's progress once paid, and the way to the bill.
 */
function DeliveryBill({ bill }: { bill: NonNullable<Dispensing['bill']> }) {
  const { t } = useTranslation();
  const stage =
    bill.status === 'paid'
      ? bill.delivery === 'awaiting-payment'
        ? 'paid'
        : bill.delivery
      : bill.status;
  return (
    <div>
      <dt>{t('prescriptions.send.bill.label')}</dt>
      <dd>
        <span className="block">{t(`prescriptions.send.bill.status.${stage}`)}</span>
        <Link
          className={bill.status === 'pending' ? 'btn btn--primary btn--small' : 'tap-link'}
          to={`/settlements/${bill.settlementId}`}
        >
          {bill.status === 'pending'
            ? t('prescriptions.send.bill.pay')
            : t('prescriptions.send.bill.view')}
        </Link>
      </dd>
    </div>
  );
}
