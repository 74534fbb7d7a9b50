import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataText } from '@/components/data-text';
import { FieldShell } from '@/components/field-shell';
import { useMoney } from '@/components/use-money';
import { parseYuan } from '../lib/price';

interface PriceFieldProps {
  /** The drug's name, data in its own language inside the translated label. */
  name: string;
  unit: string;
  value: string;
  onChange: (value: string) => void;
  platformPriceFen: number;
  /** Say that the text is not an amount (after a settle attempt). */
  showInvalid: boolean;
}

/**
 * A unit price, prefilled with the platform price. A counter may charge more; the excess is
 * outside the insurance and the person's in cash, and the field says so before the bill does.
 */
export function PriceField({
  name,
  unit,
  value,
  onChange,
  platformPriceFen,
  showInvalid,
}: PriceFieldProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const id = useId();
  const fen = parseYuan(value);
  const invalid = showInvalid && fen === null;
  const above = fen !== null && fen > platformPriceFen;
  const noteId = `${id}-note`;
  return (
    // The note is a notice, not a muted hint: it stays outside the shell, in the same column.
    <div className="field">
      <FieldShell
        label={
          <>
            {t('counter.price.unitPrice')}
            <DataText>
              {name} / {unit}
            </DataText>
          </>
        }
        error={invalid ? t('counter.price.invalid') : null}
      >
        {({ inputId, describedBy }) => (
          <input
            id={inputId}
            className="field__input"
            value={value}
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={invalid ? true : undefined}
            aria-describedby={
              [describedBy, above ? noteId : null].filter(Boolean).join(' ') || undefined
            }
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </FieldShell>
      {above ? (
        <p id={noteId} className="notice small">
          {t('counter.price.above', {
            price: money(platformPriceFen),
            excess: money(fen - platformPriceFen),
          })}
        </p>
      ) : null}
    </div>
  );
}
