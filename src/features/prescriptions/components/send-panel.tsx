import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PharmacyOrigin } from '@/api-contract/pharmacies';
import type {
  DeliveryAddress,
  PrescriptionDetail,
  PrescriptionPharmacy,
} from '@/api-contract/prescriptions';
import type { Insurance } from '@/api-contract/profile';
import { ErrorView, useErrorText } from '@/components/error-view';
import { Skeleton } from '@/components/skeleton';
import { distanceParts } from '@/lib/distance';
import { normalisePhone, validatePhone } from '@/lib/phone';
import { usePrescriptionPharmacies } from '../api/get-prescription-pharmacies';
import { useSendPrescription } from '../api/send-prescription';
import { formatFen } from './money';
import { pharmacySplit, type PharmacySplit } from './split';
import '../i18n/prescriptions-strings';

interface Props {
  rx: PrescriptionDetail;
  origin: PharmacyOrigin | null;
  insurance: Insurance | undefined;
  serverNow: number;
}

type AddressField = keyof DeliveryAddress;
type AddressErrors = Partial<Record<AddressField, string>>;

const EMPTY_ADDRESS: DeliveryAddress = { district: '', detail: '', recipient: '', phone: '' };

function addressErrors(address: DeliveryAddress): AddressErrors {
  const errors: AddressErrors = {};
  if (!address.district.trim()) errors.district = 'prescriptions.send.address.districtRequired';
  if (!address.detail.trim()) errors.detail = 'prescriptions.send.address.detailRequired';
  if (!address.recipient.trim()) errors.recipient = 'prescriptions.send.address.recipientRequired';
  const phone = validatePhone(address.phone);
  if (phone !== null) errors.phone = `prescriptions.errors.${phone}`;
  return errors;
}

/**
 * Choose a pharmacy that can fill the prescription, pick-up or delivery, then send. What the
 * person typed stays in the form through errors and retries; one tap is one intent, so a
 * retry after a lost answer reuses its key and cannot send twice.
 */
export function SendPanel({ rx, origin, insurance, serverNow }: Props) {
  const { t } = useTranslation();
  const pharmacies = usePrescriptionPharmacies(rx.id, origin);
  const send = useSendPrescription();
  const sendError = useErrorText(send.error);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [method, setMethod] = useState<'pickup' | 'delivery'>('pickup');
  const [address, setAddress] = useState<DeliveryAddress>(EMPTY_ADDRESS);
  const [errors, setErrors] = useState<AddressErrors>({});
  const [pickMissing, setPickMissing] = useState(false);
  const split = insurance ? pharmacySplit(rx, insurance, serverNow) : undefined;

  if (origin === null) return <p className="muted">{t('prescriptions.send.needLocation')}</p>;
  if (pharmacies.isError) {
    return (
      <ErrorView
        error={pharmacies.error}
        title={t('prescriptions.send.error')}
        onRetry={() => void pharmacies.refetch()}
      />
    );
  }
  if (pharmacies.data === undefined) return <Skeleton lines={4} />;
  const items = pharmacies.data.items;
  if (items.length === 0) return <p className="card muted">{t('prescriptions.send.none')}</p>;
  const chosen = items.find((p) => p.id === chosenId) ?? null;
  const delivery = method === 'delivery' && chosen?.services.delivery === true;

  const submit = () => {
    if (chosen === null) {
      setPickMissing(true);
      return;
    }
    const problems = delivery ? addressErrors(address) : {};
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    send.mutate({
      id: rx.id,
      request: {
        pharmacyId: chosen.id,
        method: delivery ? 'delivery' : 'pickup',
        ...(delivery
          ? {
              address: {
                district: address.district.trim(),
                detail: address.detail.trim(),
                recipient: address.recipient.trim(),
                phone: normalisePhone(address.phone),
              },
            }
          : {}),
      },
    });
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className="muted">{t('prescriptions.send.intro')}</p>
      {split ? (
        <p className="muted small">
          {t('prescriptions.send.splitNote', { level: rx.institutionLevel })}
        </p>
      ) : (
        <p className="muted small">{t('prescriptions.send.splitUnavailable')}</p>
      )}
      <fieldset className="rx-pharmacies">
        <legend className="rx-pharmacies__legend">{t('prescriptions.send.heading')}</legend>
        {items.map((p) => (
          <PharmacyOption
            key={p.id}
            pharmacy={p}
            split={split}
            checked={chosenId === p.id}
            onChoose={() => {
              setChosenId(p.id);
              setPickMissing(false);
            }}
          />
        ))}
      </fieldset>
      {pickMissing ? (
        <p className="form__error" role="alert">
          {t('prescriptions.send.pickRequired')}
        </p>
      ) : null}
      {chosen !== null ? (
        <fieldset className="segmented">
          <legend>{t('prescriptions.send.method')}</legend>
          <label className="segmented__option">
            <input
              type="radio"
              name="rx-method"
              checked={!delivery}
              onChange={() => setMethod('pickup')}
            />
            <span>{t('prescriptions.send.pickup')}</span>
          </label>
          <label className="segmented__option">
            <input
              type="radio"
              name="rx-method"
              checked={delivery}
              disabled={!chosen.services.delivery}
              onChange={() => setMethod('delivery')}
            />
            <span>
              {t('prescriptions.send.delivery')}
              {chosen.services.delivery ? null : (
                <span className="muted small block">{t('prescriptions.send.noDelivery')}</span>
              )}
            </span>
          </label>
        </fieldset>
      ) : null}
      {delivery && chosen ? (
        <AddressForm
          address={address}
          errors={errors}
          feeFen={chosen.deliveryFeeFen ?? 0}
          onChange={(field, value) => setAddress((current) => ({ ...current, [field]: value }))}
        />
      ) : null}
      {send.isError ? (
        <p className="form__error" role="alert">
          {sendError}
        </p>
      ) : null}
      <button type="submit" className="btn btn--primary btn--block" disabled={send.isPending}>
        {send.isPending
          ? t('prescriptions.send.sending')
          : chosen
            ? t('prescriptions.send.confirm', { pharmacy: chosen.name })
            : t('prescriptions.send.pickRequired')}
      </button>
    </form>
  );
}

function PharmacyOption({
  pharmacy,
  split,
  checked,
  onChoose,
}: {
  pharmacy: PrescriptionPharmacy;
  split: PharmacySplit | undefined;
  checked: boolean;
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  const { unit, value } = distanceParts(pharmacy.distanceM);
  return (
    <label className={`card rx-pharmacy${checked ? ' rx-pharmacy--chosen' : ''}`}>
      <span className="rx-pharmacy__choose">
        <input type="radio" name="rx-pharmacy" checked={checked} onChange={onChoose} />
        <span className="rx-pharmacy__name">{pharmacy.name}</span>
      </span>
      <span className="muted small block">
        {t(unit === 'm' ? 'prescriptions.distanceM' : 'prescriptions.distanceKm', { value })} ·{' '}
        {pharmacy.address}
      </span>
      {split ? (
        <span className="small block">
          {t('prescriptions.send.split', {
            fund: formatFen(t, split.fundFen),
            account: formatFen(t, split.accountFen),
            cash: formatFen(t, split.cashFen),
          })}
        </span>
      ) : null}
      {split && split.notPooledFen > 0 ? (
        <span className="small block">
          {t('prescriptions.send.notPooledCash', { amount: formatFen(t, split.notPooledFen) })}
        </span>
      ) : null}
      {pharmacy.deliveryFeeFen !== null ? (
        <span className="muted small block">
          {t('prescriptions.send.deliveryFee', { fee: formatFen(t, pharmacy.deliveryFeeFen) })}
        </span>
      ) : null}
    </label>
  );
}

function AddressForm({
  address,
  errors,
  feeFen,
  onChange,
}: {
  address: DeliveryAddress;
  errors: AddressErrors;
  feeFen: number;
  onChange: (field: AddressField, value: string) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const fields: { name: AddressField; type: string; autoComplete: string }[] = [
    { name: 'district', type: 'text', autoComplete: 'address-level2' },
    { name: 'detail', type: 'text', autoComplete: 'street-address' },
    { name: 'recipient', type: 'text', autoComplete: 'name' },
    { name: 'phone', type: 'tel', autoComplete: 'tel' },
  ];
  return (
    <fieldset className="form rx-address">
      <legend className="section-title">{t('prescriptions.send.address.legend')}</legend>
      {fields.map(({ name, type, autoComplete }) => {
        const id = `${base}-${name}`;
        const error = errors[name];
        return (
          <div key={name} className="field">
            <label className="field__label" htmlFor={id}>
              {t(`prescriptions.send.address.${name}`)}
            </label>
            <input
              id={id}
              className="field__input"
              type={type}
              inputMode={name === 'phone' ? 'numeric' : undefined}
              autoComplete={autoComplete}
              value={address[name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              aria-required="true"
              onChange={(e) => onChange(name, e.target.value)}
            />
            {error ? (
              <p id={`${id}-error`} className="field__error">
                {t(error)}
              </p>
            ) : null}
          </div>
        );
      })}
      <p className="notice">{t('prescriptions.send.deliveryFee', { fee: formatFen(t, feeFen) })}</p>
    </fieldset>
  );
}
