import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LawOnDay } from '@/rules';
import type { ClaimField, FieldErrors } from '../hooks/use-estimate';
import type { ClaimDraft, NewClaim } from '../stores/estimate-draft-store';
import { ClaimEditor } from './claim-editor';

interface ClaimListProps {
  claims: readonly ClaimDraft[];
  policy: LawOnDay;
  errors: Readonly<Record<string, FieldErrors<ClaimField>>>;
  /** The last removed claim and its position (0-based), while it can still be undone. */
  removed: { claim: ClaimDraft; index: number } | null;
  onAdd: () => string;
  onChange: (id: string, patch: Partial<NewClaim>) => void;
  onRemove: (id: string) => void;
  onUndo: () => void;
  /** YYYY-MM-DD on this device; claims dated later are marked as planned. */
  today?: string;
  /** Shown under the list: the year's deductible and cap meters. */
  children?: ReactNode;
}

export function ClaimList({
  claims,
  policy,
  errors,
  removed,
  onAdd,
  onChange,
  onRemove,
  onUndo,
  today,
  children,
}: ClaimListProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [addedId, setAddedId] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [removals, setRemovals] = useState(0);

  // After a removal the button that was pressed is gone; focus goes to the undo offer instead
  // of falling back to the page start.
  useEffect(() => {
    if (removals > 0) undoRef.current?.focus();
  }, [removals]);

  return (
    <section className="stack estimator__section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('estimate.claims.title')}
      </h2>
      {claims.length === 0 ? <p className="muted">{t('estimate.claims.empty')}</p> : null}
      <ol className="claim-list">
        {claims.map((claim, index) => (
          <li key={claim.id}>
            <ClaimEditor
              claim={claim}
              n={index + 1}
              policy={policy}
              errors={errors[claim.id]}
              isLast={claims.length === 1}
              autoFocus={claim.id === addedId}
              {...(today === undefined ? {} : { today })}
              onChange={onChange}
              onRemove={(id) => {
                onRemove(id);
                setRemovals((r) => r + 1);
              }}
            />
          </li>
        ))}
      </ol>
      {removed !== null ? (
        <p className="notice claim-list__removed" role="status">
          <span>{t('estimate.claims.removed', { n: removed.index + 1 })}</span>
          <button
            ref={undoRef}
            type="button"
            className="btn btn--secondary btn--small"
            onClick={() => {
              // The restored claim takes the focus, as a newly added one would.
              setAddedId(removed.claim.id);
              onUndo();
            }}
          >
            {t('estimate.claims.undo')}
          </button>
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn--primary btn--block"
        onClick={() => setAddedId(onAdd())}
      >
        {t('estimate.claims.add')}
      </button>
      {children}
    </section>
  );
}
