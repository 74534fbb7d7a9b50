import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RadioGroup } from '@/components/radio-group';
import { InlineError } from '@/components/inline-error';
import type { PaymentChannel, Settlement, SettlementStep } from '@/api-contract/settlement';
import { DATA_MARK, DataText, withDataText } from '@/components/data-text';
import { ErrorView, useErrorText } from '@/components/error-view';
import { Money } from '@/components/money';
import { ReauthDialog } from '@/components/reauth/reauth-dialog';
import { Skeleton } from '@/components/skeleton';
import { SourceText } from '@/components/source-text';
import { isApiError } from '@/lib/api-error';
import { chinaStamp, formatChinaTime } from '@/lib/china-time';
import { outcomeUnknown } from '@/lib/intent-keys';
import { useMoney } from '@/components/use-money';
import { RULES_STEP, traceStepMessageParams, type RulesStepKey, type TraceStep } from '@/rules';
import { useSettlement } from '../api/get-settlement';
import { usePaySettlement } from '../api/pay-settlement';
import '../i18n/settlement-strings';
import './settlement.css';

/** The catalogue's units, named in each language (the data holds them in Chinese). */
const UNIT_KEYS: Readonly<Record<string, 'box' | 'bottle'>> = { 盒: 'box', 瓶: 'bottle' };

const STEP_KEYS: ReadonlySet<string> = new Set(Object.values(RULES_STEP));

/** A step as the backend sent it, in the shape the rules module's message params read. */
function toTraceStep(step: SettlementStep): TraceStep | null {
  if (!STEP_KEYS.has(step.messageKey)) return null;
  return {
    rule: {
      id: step.ruleId,
      source: step.source,
      basis: step.basis,
      ...(step.inForceFrom === null ? {} : { inForceFrom: step.inForceFrom }),
    },
    messageKey: step.messageKey as RulesStepKey,
    params: step.params,
    beforeFen: step.beforeFen,
    afterFen: step.afterFen,
    remainingBeforeFen: step.remainingBeforeFen,
    remainingAfterFen: step.remainingAfterFen,
  };
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="settle-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Items({ settlement, showCodes }: { settlement: Settlement; showCodes: boolean }) {
  const { t } = useTranslation();
  const money = useMoney();
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('settlement.items')}
      </h2>
      <ul className="settle-items">
        {settlement.items.map((item) => (
          <li key={item.drugCode} className="settle-item">
            <p className="settle-item__name">
              <DataText>
                {item.name} {item.spec}
              </DataText>{' '}
              <span className="tag">
                {t(`settlement.item.class.${item.catalogueClass === '甲' ? 'A' : 'B'}`)}
              </span>
            </p>
            <p className="muted small">
              {t('settlement.item.quantity', {
                quantity: item.quantity,
                unit: t(`settlement.item.unit.${UNIT_KEYS[item.unit] ?? 'pack'}`),
                price: money(item.unitPriceFen),
              })}{' '}
              = <Money fen={item.amountFen} />
            </p>
            <p className="small">
              {t('settlement.item.inScope', {
                amount: money(item.inScopeFen),
              })}
            </p>
            {item.cashReason ? (
              <p className="small settle-item__cash">
                {t(`settlement.item.cashReason.${item.cashReason}`, {
                  platform: money(item.platformPriceFen),
                })}
              </p>
            ) : null}
            {showCodes && item.traceCodes.length > 0 ? (
              <details className="settle-codes">
                <summary>{t('settlement.item.traceCodes')}</summary>
                <ul className="settle-codes__list">
                  {item.traceCodes.map((code) => (
                    <li key={code} className="small">
                      {/* Each box can be checked at once: sold once is this sale (docs/decisions/025). */}
                      <Link
                        className="tap-link"
                        to={`/safety?trace=${code}`}
                        aria-label={t('settlement.item.checkTraceCode', { code })}
                      >
                        <code>{code}</code>
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Split({ settlement }: { settlement: Settlement }) {
  const { t } = useTranslation();
  const titleId = useId();
  const money = useMoney();
  const steps = settlement.trace.map(toTraceStep).filter((s): s is TraceStep => s !== null);
  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId} className="card__title">
        {t('settlement.total')} <Money fen={settlement.totalFen} />
      </h2>
      <dl className="settle-split">
        <Row label={t('settlement.fund')}>
          <Money fen={settlement.fundFen} />
        </Row>
        <Row label={t('settlement.account')}>
          <Money fen={settlement.accountFen} />
        </Row>
        <Row label={t('settlement.cash')}>
          <Money fen={settlement.cashFen} />
        </Row>
      </dl>
      {settlement.outsideClaim.length > 0 ? (
        <ul className="settle-outside small">
          {settlement.outsideClaim.map((part) => (
            <li key={part.reason}>
              {t(`settlement.outside.${part.reason}`)}: <Money fen={part.amountFen} />
            </li>
          ))}
        </ul>
      ) : null}
      {settlement.accountShort ? <p className="small">{t('settlement.accountShort')}</p> : null}
      <p className="small muted">
        {t('settlement.yearBefore', {
          year: settlement.yearBefore.year,
          deductible: money(settlement.yearBefore.deductibleUsedFen),
          pool: money(settlement.yearBefore.poolPaidFen),
        })}
      </p>
      <details className="settle-steps">
        <summary>{t('settlement.steps')}</summary>
        <p className="small">{t('settlement.stepsIntro')}</p>
        <ol className="steps">
          {steps.map((step, i) => (
            <li key={`${i}-${step.rule.id}`} className="steps__item">
              <p>{t(step.messageKey, traceStepMessageParams(step))}</p>
              {/* The full title once; later steps of the same document name only the clause. */}
              <SourceText source={step.rule.source} assumed={step.rule.basis === 'assumed'} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function PayPanel({ settlement, phone }: { settlement: Settlement; phone: string | undefined }) {
  const { t } = useTranslation();
  const channelName = useId();
  const [channel, setChannel] = useState<PaymentChannel | null>(null);
  const [asking, setAsking] = useState(false);
  const [channelError, setChannelError] = useState(false);
  const pay = usePaySettlement();
  const errorText = useErrorText(pay.error);
  const needsChannel = settlement.cashFen > 0;
  const money = useMoney();
  const unknown = pay.isError && outcomeUnknown(pay.error);
  const code = isApiError(pay.error) ? pay.error.code : undefined;

  const start = () => {
    if (needsChannel && channel === null) {
      setChannelError(true);
      return;
    }
    setChannelError(false);
    setAsking(true);
  };
  const summary =
    needsChannel && channel !== null
      ? t('settlement.pay.summary', {
          institution: settlement.institution.name,
          account: money(settlement.accountFen),
          cash: money(settlement.cashFen),
          channel: t(`settlement.pay.${channel}`),
        })
      : t('settlement.pay.summaryNoCash', {
          institution: settlement.institution.name,
          account: money(settlement.accountFen),
        });

  return (
    <section className="card" aria-labelledby={`${channelName}-title`}>
      <h2 id={`${channelName}-title`} className="card__title">
        {t('settlement.pay.title')}
      </h2>
      <p>
        {settlement.cashFen === 0 && settlement.accountFen === 0
          ? t('settlement.pay.nothingToPay')
          : settlement.cashFen === 0
            ? t('settlement.pay.accountOnly', { account: money(settlement.accountFen) })
            : t('settlement.pay.accountFirst', {
                account: money(settlement.accountFen),
                cash: money(settlement.cashFen),
              })}
      </p>
      {settlement.lastPaymentProblem && !pay.isError ? (
        <p className="form__error" role="status">
          {t(`settlement.pay.${settlement.lastPaymentProblem}`)}
        </p>
      ) : null}
      {needsChannel ? (
        <RadioGroup
          legend={t('settlement.pay.channelLabel')}
          legendClassName="field__label"
          name={channelName}
          value={channel}
          options={(['wechat', 'alipay'] as const).map((c) => ({
            value: c,
            label: t(`settlement.pay.${c}`),
          }))}
          invalid={channelError}
          disabled={pay.isPending || unknown}
          onChange={(c) => {
            setChannel(c);
            setChannelError(false);
          }}
        />
      ) : null}
      {channelError ? <InlineError>{t('settlement.pay.chooseChannel')}</InlineError> : null}
      {unknown ? (
        <div className="card card--warn" role="alert">
          <h3 className="card__title">{t('settlement.pending.title')}</h3>
          <p>{errorText}</p>
          <p>{t('settlement.pending.body')}</p>
          <button
            type="button"
            className="btn btn--primary btn--block"
            disabled={pay.isPending}
            onClick={() => {
              if (pay.variables) pay.mutate(pay.variables);
            }}
          >
            {t('settlement.pending.retry')}
          </button>
        </div>
      ) : pay.isError ? (
        <InlineError>
          {code === 'PAYMENT_CANCELLED'
            ? t('settlement.pay.cancelled')
            : code === 'PAYMENT_FAILED'
              ? t('settlement.pay.failed')
              : code === 'SETTLEMENT_CHANGED'
                ? t('settlement.pay.changed')
                : errorText}
        </InlineError>
      ) : null}
      {unknown ? null : (
        <button
          type="button"
          className="btn btn--primary btn--block"
          disabled={pay.isPending}
          onClick={start}
        >
          {needsChannel
            ? t('settlement.pay.submit', {
                amount: money(settlement.cashFen + settlement.accountFen),
              })
            : t('settlement.pay.submitNoCash')}
        </button>
      )}
      {asking ? (
        <ReauthDialog
          summary={summary}
          phone={phone}
          onCancel={() => setAsking(false)}
          onGranted={(grant) => {
            pay.mutate(
              {
                id: settlement.id,
                body: {
                  channel: needsChannel ? channel : null,
                  cashFen: settlement.cashFen,
                  reauthGrant: grant,
                },
              },
              { onSettled: () => setAsking(false) },
            );
          }}
        />
      ) : null}
    </section>
  );
}

function Receipt({ settlement }: { settlement: Settlement }) {
  const { t } = useTranslation();
  const money = useMoney();
  const text = t('settlement.receipt.shareText', {
    settlementNo: settlement.settlementNo,
    institution: settlement.institution.name,
    date: settlement.claimDate,
    total: money(settlement.totalFen),
    fund: money(settlement.fundFen),
    account: money(settlement.accountFen),
    cash: money(settlement.cashFen),
  });
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  return (
    <div className="settle-actions settle-no-print">
      {settlement.status === 'refunded' ? (
        <p className="small">{t('settlement.receipt.refunded')}</p>
      ) : settlement.refundableUntilMs !== null &&
        settlement.asOfMs < settlement.refundableUntilMs ? (
        <p className="small muted">
          {withDataText(
            t('settlement.receipt.refundable', {
              until: formatChinaTime(settlement.refundableUntilMs - 60_000, 'zh-CN'),
              institution: DATA_MARK,
            }),
            settlement.institution.name,
          )}
        </p>
      ) : null}
      {canShare ? (
        <button
          type="button"
          className="btn btn--primary"
          onClick={() =>
            void navigator.share({ title: t('settlement.receipt.title'), text }).catch(() => {
              // Cancelled by the person, or refused: printing remains.
            })
          }
        >
          {t('settlement.receipt.share')}
        </button>
      ) : null}
      <button type="button" className="btn btn--secondary" onClick={() => window.print()}>
        {t('settlement.receipt.print')}
      </button>
    </div>
  );
}

/** One bill: what was billed, how the insurance split it and why, then paying it or its receipt. */
export function SettlementView({ id, phone }: { id: string; phone: string | undefined }) {
  const { t } = useTranslation();
  const query = useSettlement(id);
  if (query.isPending) return <Skeleton lines={8} />;
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  const { institution } = s;
  const done = s.status === 'paid' || s.status === 'refunded';
  return (
    <div className="settle">
      <section className="card" aria-labelledby="settle-head">
        <h2 id="settle-head" className="card__title">
          {done ? t('settlement.receipt.title') : t('settlement.detailTitle')}{' '}
          <span className={s.status === 'pending' ? 'tag tag--warn' : 'tag tag--ok'}>
            {t(`settlement.status.${s.status}`)}
          </span>
        </h2>
        <dl className="settle-split">
          <Row label={t('settlement.institution')}>
            <DataText>{institution.name}</DataText>
            <span className="muted small">
              {' '}
              ·{' '}
              {institution.level === null
                ? t('settlement.pharmacy')
                : t(`settlement.hospitalLevel.${institution.level}`)}
            </span>
          </Row>
          <Row label={t('settlement.settlementNo')}>
            <code>{s.settlementNo}</code>
          </Row>
          <Row label={t('settlement.holder')}>
            <DataText>{s.holderName}</DataText>
          </Row>
          <Row label={t('settlement.createdAt')}>{chinaStamp(s.createdAtMs)}</Row>
          {s.payment ? (
            <Row label={t('settlement.paidAt')}>{chinaStamp(s.payment.paidAtMs)}</Row>
          ) : null}
          {s.refundedAtMs !== null ? (
            <Row label={t('settlement.refundedAt')}>{chinaStamp(s.refundedAtMs)}</Row>
          ) : null}
          <Row label={t(`settlement.channel.${s.channel}`)}>
            {s.delivery ? t(`settlement.delivery.${s.delivery.status}`) : '—'}
          </Row>
        </dl>
      </section>
      <Items settlement={s} showCodes={done} />
      <Split settlement={s} />
      {s.status === 'pending' ? <PayPanel settlement={s} phone={phone} /> : null}
      {done ? <Receipt settlement={s} /> : null}
    </div>
  );
}
