import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/select-field';
import { FACE_FAILURE_REASONS, type DemoVoucherSettings } from '@/api-contract/voucher';
import { ErrorView } from '@/components/error-view';
import { useUpdateVoucherSettings, useVoucherSettings } from '../api/voucher-settings';

const LIFETIMES = [30, 60, 120] as const;

/**
 * E-voucher controls: make the next face check fail with a chosen reason (it clears itself after
 * one check), and the code's lifetime.
 */
export function VoucherDemoControls({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const settings = useVoucherSettings();
  const update = useUpdateVoucherSettings();
  if (settings.isPending) return null;
  if (settings.isError) {
    return <ErrorView error={settings.error} onRetry={() => void settings.refetch()} />;
  }
  const save = (patch: Partial<DemoVoucherSettings>) =>
    update.mutate({ ...settings.data, ...patch }, { onSuccess: onSaved });
  return (
    <section className="card" aria-labelledby="demo-voucher">
      <h2 id="demo-voucher" className="card__title">
        {t('demo.voucher.title')}
      </h2>
      {update.error ? <ErrorView error={update.error} /> : null}
      <SelectField
        label={t('demo.voucher.nextFace')}
        hint={t('demo.voucher.nextFaceHint')}
        value={settings.data.nextFaceFailure ?? ''}
        onChange={(value) =>
          save({ nextFaceFailure: FACE_FAILURE_REASONS.find((r) => r === value) ?? null })
        }
      >
        <option value="">{t('demo.voucher.passes')}</option>
        {FACE_FAILURE_REASONS.map((reason) => (
          <option key={reason} value={reason}>
            {t(`demo.voucher.reason.${reason}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('demo.voucher.lifetime')}
        value={settings.data.tokenLifetimeSeconds}
        onChange={(value) => save({ tokenLifetimeSeconds: Number(value) })}
      >
        {LIFETIMES.map((seconds) => (
          <option key={seconds} value={seconds}>
            {t('demo.voucher.seconds', { seconds })}
          </option>
        ))}
      </SelectField>
    </section>
  );
}
