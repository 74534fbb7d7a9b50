import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '@/components/radio-group';
import { TextField } from '@/components/text-field';
import { InlineError } from '@/components/inline-error';
import type { PharmacyOrigin } from '@/api-contract/pharmacies';
import type {
  DeliveryAddress,
  PrescriptionDetail,
  PrescriptionPharmacy,
} from '@/api-contract/prescriptions';
import type { Insurance } from '@/api-contract/profile';
import { DataText } from '@/components/data-text';
import { ErrorView, useErrorText } from '@/components/error-view';
import { Skeleton } from '@/components/skeleton';
import { distanceParts, isRightHere } from '@/lib/distance';
import { normalisePhone, validatePhone } from '@/lib/phone';
import { useMoney } from '@/components/use-money';
import { usePrescriptionPharmacies } from '../api/get-prescription-pharmacies';
import { useSendPrescription } from '../api/send-prescription';

import { pharmacySplit, type PharmacySplit } from '../lib/split';
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

/** Pharmacies shown before "more": enough to compare, few enough that the list stays short. */
const FIRST_SHOWN = 5;
const MORE_STEP = 10;

/**
 * Choose a pharmacy that can fill the prescription, pick-up or delivery, then send. The list is
 * short (nearest first, "more" on demand) and a pick folds it to the chosen pharmacy, so the
 * method and the send button sit right under the pick instead of below fifty cards. What the
 * person typed stays in the form through errors and retries; one tap is one intent, so a retry
 * after a lost answer reuses its key and cannot send twice.
 */
export function SendPanel({ rx, origin, insurance, serverNow }: Props) {
  const { t } = useTranslation();
  const pharmacies = usePrescriptionPharmacies(rx.id, origin);
  const send = useSendPrescription();
  const sendError = useErrorText(send.error);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [shown, setShown] = useState(FIRST_SHOWN);
  const [method, setMethod] = useState<'pickup' | 'delivery'>('pickup');
  const [address, setAddress] = useState<DeliveryAddress>(EMPTY_ADDRESS);
  const [errors, setErrors] = useState<AddressErrors>({});
  const step = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLFieldSetElement>(null);
  const split = insurance ? pharmacySplit(rx, insurance, serverNow) : undefined;
  const fromDevice = origin !== null && !('district' in origin);

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
  const visible = items.slice(0, shown);
  const left = items.length - visible.length;

  const choose = (id: string) => {
    setChosenId(id);
    // The step replaces the list under the person's finger: its heading takes focus (a screen
    // reader hears what changed) and the whole step scrolls into view when it fits.
    requestAnimationFrame(() => {
      step.current?.querySelector<HTMLElement>('[data-step-focus]')?.focus({ preventScroll: true });
      step.current?.scrollIntoView?.({ block: 'nearest' });
    });
  };
  const change = () => {
    setChosenId(null);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('button')?.focus());
  };

  const submit = () => {
    if (chosen === null) return;
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
      {split ? (
        <p className="muted small">
          {t('prescriptions.send.splitNote', {
            level: t(`prescriptions.detail.levelName.${rx.institutionLevel}`),
          })}
        </p>
      ) : (
        <p className="muted small">{t('prescriptions.send.splitUnavailable')}</p>
      )}
      {split ? <FundNote split={split} /> : null}
      {chosen === null ? (
        <fieldset className="rx-pharmacies" ref={list}>
          <legend className="rx-pharmacies__legend">{t('prescriptions.send.intro')}</legend>
          {visible.map((p) => (
            <PharmacyOption
              key={p.id}
              pharmacy={p}
              split={split}
              fromDevice={fromDevice}
              onChoose={() => choose(p.id)}
            />
          ))}
          {left > 0 ? (
            <button
              type="button"
              className="btn btn--secondary btn--block"
              onClick={() => setShown((n) => n + MORE_STEP)}
            >
              {t('prescriptions.send.more', { count: Math.min(left, MORE_STEP), left })}
            </button>
          ) : null}
        </fieldset>
      ) : (
        <div className="stack" ref={step}>
          <section className="card rx-pharmacy rx-pharmacy--chosen" aria-labelledby="rx-chosen">
            <h3 id="rx-chosen" className="rx-pharmacy__heading" tabIndex={-1} data-step-focus>
              <span className="muted small block">{t('prescriptions.send.chosen')}</span>
              <span className="rx-pharmacy__name">
                <DataText>{chosen.name}</DataText>
              </span>
            </h3>
            <PharmacyFacts pharmacy={chosen} split={split} fromDevice={fromDevice} />
            <button type="button" className="btn btn--secondary btn--small" onClick={change}>
              {t('prescriptions.send.change')}
            </button>
          </section>
          <RadioGroup
            legend={t('prescriptions.send.method')}
            name="rx-method"
            value={delivery ? 'delivery' : 'pickup'}
            options={[
              { value: 'pickup', label: t('prescriptions.send.pickup') },
              {
                value: 'delivery',
                disabled: !chosen.services.delivery,
                label: (
                  <>
                    {t('prescriptions.send.delivery')}
                    {chosen.services.delivery ? null : (
                      <span className="muted small block">
                        {t('prescriptions.send.noDelivery')}
                      </span>
                    )}
                  </>
                ),
              },
            ]}
            onChange={setMethod}
          />
          {delivery ? (
            <AddressForm
              address={address}
              errors={errors}
              feeFen={chosen.deliveryFeeFen ?? 0}
              onChange={(field, value) => setAddress((current) => ({ ...current, [field]: value }))}
            />
          ) : null}
          {send.isError ? <InlineError>{sendError}</InlineError> : null}
          <button type="submit" className="btn btn--primary btn--block" disabled={send.isPending}>
            {send.isPending
              ? t('prescriptions.send.sending')
              : t('prescriptions.send.confirm', { pharmacy: chosen.name })}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * Why the fund pays nothing, when it does not: for a first purchase of the year that is most
 * often the deductible, and "医保基金 0.00 元" alone reads like a refusal.
 */
function FundNote({ split }: { split: PharmacySplit }) {
  const { t } = useTranslation();
  const money = useMoney();
  const why = split.zeroFundReason;
  if (why === null) return null;
  return (
    <p className="notice small">
      {t(
        why.per === 'visit'
          ? 'prescriptions.send.zeroFund.deductibleVisit'
          : 'prescriptions.send.zeroFund.deductibleYear',
        {
          deductible: money(why.deductibleFen),
          left: money(why.leftFen),
        },
      )}
    </p>
  );
}

function PharmacyOption({
  pharmacy,
  split,
  fromDevice,
  onChoose,
}: {
  pharmacy: PrescriptionPharmacy;
  split: PharmacySplit | undefined;
  fromDevice: boolean;
  onChoose: () => void;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  return (
    <div className="card rx-pharmacy">
      <span id={nameId} className="rx-pharmacy__name">
        <DataText>{pharmacy.name}</DataText>
      </span>
      <PharmacyFacts pharmacy={pharmacy} split={split} fromDevice={fromDevice} />
      <button
        type="button"
        className="btn btn--primary btn--small"
        aria-describedby={nameId}
        onClick={onChoose}
      >
        {t('prescriptions.send.choose')}
      </button>
    </div>
  );
}

function PharmacyFacts({
  pharmacy,
  split,
  fromDevice,
}: {
  pharmacy: PrescriptionPharmacy;
  split: PharmacySplit | undefined;
  /** Measured from where the person stands, not from a district's centre. */
  fromDevice: boolean;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const { unit, value } = distanceParts(pharmacy.distanceM);
  // Standing at the shop, "0 米" reads like a fault; from a district's centre it is no one's spot.
  const distance =
    fromDevice && isRightHere(pharmacy.distanceM)
      ? t('prescriptions.distanceHere')
      : t(unit === 'm' ? 'prescriptions.distanceM' : 'prescriptions.distanceKm', { value });
  return (
    <>
      <span className="muted small block">
        {distance} · <DataText>{pharmacy.address}</DataText>
      </span>
      {split ? (
        <span className="small block">
          {t('prescriptions.send.split', {
            fund: money(split.fundFen),
            account: money(split.accountFen),
            cash: money(split.cashFen),
          })}
        </span>
      ) : null}
      {split && split.notPooledFen > 0 ? (
        <span className="small block">
          {t('prescriptions.send.notPooledCash', { amount: money(split.notPooledFen) })}
        </span>
      ) : null}
      {pharmacy.deliveryFeeFen !== null ? (
        <span className="muted small block">
          {t('prescriptions.send.deliveryFee', { fee: money(pharmacy.deliveryFeeFen) })}
        </span>
      ) : null}
    </>
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
  const money = useMoney();
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
        const error = errors[name];
        return (
          <TextField
            key={name}
            label={t(`prescriptions.send.address.${name}`)}
            type={type}
            inputMode={name === 'phone' ? 'numeric' : undefined}
            autoComplete={autoComplete}
            value={address[name]}
            error={error ? t(error) : undefined}
            aria-required="true"
            onChange={(value) => onChange(name, value)}
          />
        );
      })}
      <p className="notice">{t('prescriptions.send.deliveryFee', { fee: money(feeFen) })}</p>
    </fieldset>
  );
}
