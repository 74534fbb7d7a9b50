import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LINE_QUANTITY } from '@/api-contract/settlement';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { FieldShell } from '@/components/field-shell';
import { TextField } from '@/components/text-field';
import { useMoney } from '@/components/use-money';
import { formatFenAsYuan } from '@/rules';
import { useCounterDrugs, type CounterDrug } from '../api/get-counter-drugs';
import { useCreateSettlement } from '../api/create-settlement';
import { fenToYuanText, parseQuantity, parseYuan } from '../lib/price';
import { useCounterErrorText } from '../lib/error-text';
import { PriceField } from './price-field';

interface Line {
  drug: CounterDrug;
  quantity: number;
  unitPriceFen: number;
}

interface WalkInEditorProps {
  visitId: string;
  /** A bill of this visit still waits for payment: no second one until it is settled. */
  blocked: boolean;
}

/** A hospital desk bills what the doctor ordered today, picked from the catalogue. */
export function WalkInEditor({ visitId, blocked }: WalkInEditorProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const drugs = useCounterDrugs();
  const settle = useCreateSettlement();
  const [search, setSearch] = useState('');
  const [drugCode, setDrugCode] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [price, setPrice] = useState('');
  const [tried, setTried] = useState(false);
  const [lines, setLines] = useState<Line[]>([]);
  const errorText = useCounterErrorText(settle.error);

  if (drugs.isPending) return null;
  if (drugs.isError) return <ErrorView error={drugs.error} onRetry={() => void drugs.refetch()} />;

  const needle = search.trim().toLowerCase();
  const matches = drugs.data.filter(
    (d) =>
      needle === '' ||
      d.name.toLowerCase().includes(needle) ||
      d.code.toLowerCase().includes(needle),
  );
  const chosen = drugs.data.find((d) => d.code === drugCode);
  const quantityValue = parseQuantity(quantity);
  const quantityBad =
    quantityValue === null || quantityValue < 1 || quantityValue > MAX_LINE_QUANTITY;

  const add = () => {
    setTried(true);
    const priceFen = parseYuan(price);
    if (chosen === undefined || quantityBad || priceFen === null || quantityValue === null) return;
    setLines((current) => [
      // One line per drug: adding it again replaces the earlier quantity and price.
      ...current.filter((l) => l.drug.code !== chosen.code),
      { drug: chosen, quantity: quantityValue, unitPriceFen: priceFen },
    ]);
    setDrugCode('');
    setQuantity('1');
    setPrice('');
    setTried(false);
  };

  return (
    <section className="card stack" aria-labelledby="counter-walk-in">
      <h3 id="counter-walk-in" className="card__title">
        {t('counter.walkIn.title')}
      </h3>
      <TextField
        label={t('counter.walkIn.search')}
        hint={t('counter.walkIn.searchHint')}
        value={search}
        onChange={setSearch}
        type="search"
        autoComplete="off"
      />
      <FieldShell label={t('counter.walkIn.drug')}>
        {({ inputId }) => (
          <select
            id={inputId}
            className="field__input"
            value={drugCode}
            aria-invalid={tried && chosen === undefined ? true : undefined}
            onChange={(e) => {
              setDrugCode(e.target.value);
              const drug = drugs.data.find((d) => d.code === e.target.value);
              if (drug) setPrice(fenToYuanText(drug.platformPriceFen));
            }}
          >
            <option value="">
              {matches.length === 0 ? t('counter.walkIn.noMatch') : t('counter.walkIn.chooseDrug')}
            </option>
            {matches.map((drug) => (
              <option key={drug.code} value={drug.code} lang="zh-CN">
                {drug.name} {drug.spec} · {formatFenAsYuan(drug.platformPriceFen)}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <TextField
        label={t('counter.walkIn.quantity')}
        value={quantity}
        onChange={setQuantity}
        inputMode="numeric"
        autoComplete="off"
        error={tried && quantityBad ? t('counter.walkIn.quantityInvalid') : null}
      />
      {chosen ? (
        <PriceField
          name={chosen.name}
          unit={chosen.unit}
          value={price}
          onChange={setPrice}
          platformPriceFen={chosen.platformPriceFen}
          showInvalid={tried}
        />
      ) : null}
      <button type="button" className="btn btn--secondary btn--block" onClick={add}>
        {t('counter.walkIn.add')}
      </button>

      {lines.length === 0 ? (
        <p className="muted">{t('counter.walkIn.empty')}</p>
      ) : (
        <ul className="counter-lines">
          {lines.map((line) => (
            <li key={line.drug.code} className="counter-lines__item counter-lines__item--row">
              <div>
                <p className="counter-lines__name">
                  <DataText>{line.drug.name}</DataText>{' '}
                  <span className="muted small">
                    <DataText>{line.drug.spec}</DataText>
                  </span>
                </p>
                <p className="small">
                  {line.quantity} <DataText>{line.drug.unit}</DataText>{' '}
                  {t('counter.walkIn.line', { price: money(line.unitPriceFen) })}
                </p>
              </div>
              <button
                type="button"
                className="btn btn--secondary btn--small"
                aria-label={`${t('counter.walkIn.remove')} ${line.drug.name}`}
                onClick={() => setLines((current) => current.filter((l) => l !== line))}
              >
                {t('counter.walkIn.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {errorText ? (
        <p role="alert" className="field__error">
          {errorText}
        </p>
      ) : null}
      {blocked ? <p className="muted small">{t('counter.settle.blockedPending')}</p> : null}
      <button
        type="button"
        className="btn btn--primary btn--block"
        disabled={lines.length === 0 || settle.isPending || blocked}
        onClick={() =>
          settle.mutate(
            {
              visitId,
              request: {
                prescriptionId: null,
                items: lines.map((l) => ({
                  drugCode: l.drug.code,
                  quantity: l.quantity,
                  unitPriceFen: l.unitPriceFen,
                })),
              },
            },
            { onSuccess: () => setLines([]) },
          )
        }
      >
        {settle.isPending ? t('counter.settle.submitting') : t('counter.settle.submit')}
      </button>
    </section>
  );
}
