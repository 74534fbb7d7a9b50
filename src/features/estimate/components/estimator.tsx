import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/api-contract/profile';
import type { YearResult, YearSoFar as YearSoFarInput } from '@/rules';
import {
  defaultKind,
  knownFromProfile,
  lawFor,
  memberFromDefaults,
  todayIso,
  useEstimate,
} from '../hooks/use-estimate';
import { useEstimateDraft, type ProjectionDraft } from '../stores/estimate-draft-store';
import { ClaimList } from './claim-list';
import { EstimateResult } from './estimate-result';
import { MemberForm } from './member-form';
import { ProgressMeters } from './progress-meters';
import { YearProjection } from './year-projection';
import { soFarValue, YearSoFar, type RecordedYear, type SoFarOverride } from './year-so-far';
import './estimator.css';

const NO_YEARS: readonly YearResult[] = [];

interface EstimatorProps {
  /** The signed-in person's profile once known (cached or fetched); undefined until then. */
  profile?: Profile | undefined;
  /** Signed in: what this tab kept about the person may be used while the profile is unknown. */
  signedIn: boolean;
  /** This year's use from the person's records (signed in), or this tab's copy of them. */
  recordedYear?: RecordedYear | null | undefined;
  /** The records are this tab's copy because the network is gone. */
  recordsOffline?: boolean;
  /** YYYY-MM-DD; today on this device unless a test fixes it. */
  today?: string;
}

/**
 * The whole estimator: who, which costs, the result and the year ahead. Everything is worked
 * out on the device by the rules module; nothing here touches the network.
 */
export function Estimator({
  profile,
  signedIn,
  recordedYear = null,
  recordsOffline = false,
  today: todayProp,
}: EstimatorProps) {
  const { t } = useTranslation();
  const [today] = useState(() => todayProp ?? todayIso());
  // When the screen opened: how old an offline copy of the records is, said once.
  const [openedAtMs] = useState(() => Date.now());
  const storedMember = useEstimateDraft((s) => s.member);
  const claims = useEstimateDraft((s) => s.claims);
  const storedProjection = useEstimateDraft((s) => s.projection);
  const removed = useEstimateDraft((s) => s.removed);
  const setMember = useEstimateDraft((s) => s.setMember);
  const addClaim = useEstimateDraft((s) => s.addClaim);
  const updateClaim = useEstimateDraft((s) => s.updateClaim);
  const removeClaim = useEstimateDraft((s) => s.removeClaim);
  const undoRemove = useEstimateDraft((s) => s.undoRemove);
  const setProjection = useEstimateDraft((s) => s.setProjection);
  const storedKnown = useEstimateDraft((s) => s.known);
  const setKnown = useEstimateDraft((s) => s.setKnown);

  // The profile when it is at hand; otherwise (offline reload) what this tab kept of it. Signed
  // out, neither: the estimate then starts from the first policy's plain defaults.
  const fresh = useMemo(
    () => (profile === undefined ? null : knownFromProfile(profile, today)),
    [profile, today],
  );
  useEffect(() => {
    if (fresh !== null && signedIn) setKnown(fresh);
  }, [fresh, signedIn, setKnown]);
  const known = signedIn ? (fresh ?? storedKnown) : null;
  const prefilled = known !== null;

  // Until the person changes something, the profile's values are shown without being copied,
  // so a profile arriving later fills the form but never overwrites what was typed.
  const defaultMember = useMemo(() => memberFromDefaults(known ?? {}, today), [known, today]);
  const member = storedMember ?? defaultMember;
  const projection = useMemo<ProjectionDraft>(
    () =>
      storedProjection ?? {
        visitsText: '1',
        costText: '',
        kind: defaultKind(member.policyId),
        level: 1,
      },
    [storedProjection, member.policyId],
  );
  const policy = lawFor(member, today);
  const year = Number(today.slice(0, 4));
  // The records count only for the year they are of, and only signed in.
  const recorded = signedIn && recordedYear?.year === year ? recordedYear : null;
  const [soFarOverride, setSoFarOverride] = useState<SoFarOverride | null>(null);
  const soFar = soFarValue(recorded, soFarOverride);
  const yearsSoFar = useMemo<readonly YearSoFarInput[]>(
    () =>
      soFar.deductibleUsedFen > 0 || soFar.poolPaidFen > 0
        ? [{ year, deductibleUsedFen: soFar.deductibleUsedFen, poolPaidFen: soFar.poolPaidFen }]
        : [],
    [year, soFar.deductibleUsedFen, soFar.poolPaidFen],
  );
  const view = useEstimate(member, claims, yearsSoFar);

  return (
    <div className="estimator stack">
      <p className="muted">{t('estimate.intro')}</p>
      <MemberForm
        member={member}
        errors={view.memberErrors}
        prefilled={prefilled}
        onChange={setMember}
      />
      <YearSoFar
        year={year}
        recorded={recorded}
        offline={recordsOffline}
        override={soFarOverride}
        onOverride={setSoFarOverride}
        nowMs={openedAtMs}
      />
      <ClaimList
        claims={claims}
        policy={policy}
        errors={view.claimErrors}
        removed={removed}
        onAdd={() => {
          // A new row repeats the last one's kind and level: several visits are often alike.
          const last = claims.at(-1);
          return addClaim({
            date: today,
            kind: last?.kind ?? defaultKind(member.policyId),
            level: last?.level ?? 1,
            amountText: '',
            otherText: '',
            deductibleMetAtPrescriber: false,
            touched: false,
          });
        }}
        onChange={updateClaim}
        onRemove={removeClaim}
        onUndo={undoRemove}
        today={today}
      >
        <ProgressMeters
          policy={policy}
          status={member.status}
          enrolment={member.enrolment}
          years={view.result?.years ?? NO_YEARS}
          currentYear={year}
          startOfYear={yearsSoFar[0]}
        />
      </ClaimList>
      <EstimateResult view={view} today={today} />
      <YearProjection
        member={member}
        draft={projection}
        year={year}
        onChange={setProjection}
        onMemberChange={setMember}
      />
      <p className="muted small">{t('estimate.disclaimer')}</p>
    </div>
  );
}
