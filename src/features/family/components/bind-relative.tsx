import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  FAMILY_RELATIONS,
  MAX_PROOF_BYTES,
  PROOF_MIME_TYPES,
  type BindRelativeRequest,
  type FamilyBinding,
  type FamilyOverview,
  type FamilyRelation,
  type HouseholdMember,
} from '@/api-contract/family';
import { InlineError } from '@/components/inline-error';
import { DataText } from '@/components/data-text';
import { ErrorView } from '@/components/error-view';
import { SelectField } from '@/components/select-field';
import { Skeleton } from '@/components/skeleton';
import { TextField } from '@/components/text-field';
import { validateIdNumber, normaliseIdNumber } from '@/lib/id-number';
import { maskIdNumber, maskName } from '@/lib/mask';
import { useBindRelative } from '../api/bind-relative';
import { useFamilyOverview } from '../api/get-family-overview';
import { nameError, normaliseName } from '@/lib/person-name';
import { errorCode } from '../lib/error-code';
import { sourceText } from './source-note';
import '../i18n/family-strings';
import './family.css';

type Proof = { file: File; url: string };

const ID_ERRORS = {
  length: 'idLength',
  format: 'idFormat',
  birthDate: 'idBirthDate',
  birthTooEarly: 'idTooEarly',
  birthFuture: 'idFuture',
  checksum: 'idChecksum',
} as const;

const SERVER_ERRORS: Record<string, string> = {
  FAMILY_RELATIVE_SELF: 'self',
  FAMILY_RELATIVE_ALREADY_BOUND: 'already',
  FAMILY_RELATION_NOT_ALLOWED: 'relationNotAllowed',
  FAMILY_RELATIVE_LIMIT: 'limit',
  FAMILY_PROOF_REQUIRED: 'proofRequired',
  FAMILY_NAME_INVALID: 'name',
  ID_NUMBER_INVALID: 'idChecksum',
};

function Done({ binding }: { binding: FamilyBinding }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" role="status">
      <p>
        {t(binding.status === 'verified' ? 'family.bind.done' : 'family.bind.pendingDone', {
          name: maskName(binding.name),
        })}
      </p>
      <Link className="btn btn--primary btn--block" to="/family">
        {t('family.transfer.backHome')}
      </Link>
    </section>
  );
}

function HouseholdList({
  members,
  allowed,
  onBind,
  busy,
}: {
  members: readonly HouseholdMember[];
  allowed: readonly FamilyRelation[];
  onBind: (member: HouseholdMember) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  if (members.length === 0) return null;
  return (
    <section className="card" aria-labelledby="family-household">
      <h2 id="family-household" className="card__title">
        {t('family.bind.household')}
      </h2>
      <ul className="family-list">
        {members.map((member) => {
          const relation = t(`family.relation.${member.relation}`);
          return (
            <li key={member.id}>
              <div className="family-list__main">
                <span>
                  {relation} · <DataText>{maskName(member.name)}</DataText>
                </span>
                <span className="muted small">
                  {maskIdNumber(member.idNumber)} · {t(`family.scheme.${member.scheme}`)}
                </span>
              </div>
              <button
                type="button"
                className="btn btn--primary btn--small"
                disabled={busy || !allowed.includes(member.relation)}
                aria-label={`${t('family.bind.bindThis', { relation })} ${maskName(member.name)}`}
                onClick={() => onBind(member)}
              >
                {t('family.bind.bindThis', { relation })}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function BindFields({ data, selfIdNumber }: { data: FamilyOverview; selfIdNumber?: string }) {
  const { t, i18n } = useTranslation();
  const bind = useBindRelative();
  const [relation, setRelation] = useState<FamilyRelation | ''>('');
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [proof, setProof] = useState<Proof | null>(null);
  const [proofError, setProofError] = useState<string | null>(null);
  const [showErrors, setShowErrors] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const proofId = useId();
  const region = data.region;

  // The preview's object URL goes when the image is replaced or the form closes.
  useEffect(
    () => () => {
      if (proof) URL.revokeObjectURL(proof.url);
    },
    [proof],
  );

  if (bind.isSuccess) return <Done binding={bind.data} />;
  if (!region) return null;

  const relationDoc = sourceText(region.relationSource, i18n.language).doc;
  const normalisedId = normaliseIdNumber(idNumber);
  const idCheck = validateIdNumber(normalisedId);
  const inHousehold = data.household.some(
    (m) => m.idNumber === normalisedId && m.relation === relation && m.name === normaliseName(name),
  );
  const errors: Partial<Record<'relation' | 'name' | 'id' | 'proof', string>> = {};
  if (relation === '') errors.relation = t('family.bind.error.relationRequired');
  else if (!region.allowedRelations.includes(relation)) {
    errors.relation = t('family.bind.error.relationNotAllowed', { doc: relationDoc });
  }
  if (name.trim() === '') errors.name = t('family.bind.error.nameRequired');
  else if (nameError(name) !== null) errors.name = t('family.bind.error.name');
  if (normalisedId === '') errors.id = t('family.bind.error.idRequired');
  else if (!idCheck.valid) errors.id = t(`family.bind.error.${ID_ERRORS[idCheck.error]}`);
  else if (selfIdNumber !== undefined && idCheck.idNumber === selfIdNumber) {
    errors.id = t('family.bind.error.self');
  } else if (data.relatives.some((r) => r.idNumber === idCheck.idNumber)) {
    errors.id = t('family.bind.error.already');
  }
  if (!inHousehold && proof === null && relation !== '' && !errors.id && !errors.name) {
    errors.proof = t('family.bind.error.proofRequired');
  }
  if (proofError) errors.proof = proofError;
  const limitReached = data.relatives.length >= region.maxRelatives;

  const serverKey = bind.isError ? SERVER_ERRORS[errorCode(bind.error) ?? ''] : undefined;

  const send = (body: BindRelativeRequest) => {
    if (bind.isPending) return;
    bind.mutate(body);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShowErrors(true);
    if (Object.keys(errors).length > 0 || relation === '' || limitReached) return;
    send({
      relation,
      name: normaliseName(name),
      idNumber: normalisedId,
      ...(proof && !inHousehold
        ? {
            proof: {
              fileName: proof.file.name.slice(0, 200) || 'proof',
              mimeType: proof.file.type as (typeof PROOF_MIME_TYPES)[number],
              sizeBytes: proof.file.size,
            },
          }
        : {}),
    });
  };

  const pickFile = (file: File | undefined) => {
    setProofError(null);
    if (!file) return;
    if (!(PROOF_MIME_TYPES as readonly string[]).includes(file.type)) {
      setProofError(t('family.bind.error.proofType'));
      return;
    }
    if (file.size > MAX_PROOF_BYTES) {
      setProofError(t('family.bind.error.proofSize'));
      return;
    }
    setProof({ file, url: URL.createObjectURL(file) });
  };

  const shown = (key: keyof typeof errors) => (showErrors ? errors[key] : undefined);

  return (
    <>
      <HouseholdList
        members={data.household}
        allowed={region.allowedRelations}
        busy={bind.isPending}
        onBind={(member) =>
          send({ relation: member.relation, name: member.name, idNumber: member.idNumber })
        }
      />
      <form className="card form" onSubmit={submit} noValidate aria-labelledby="family-manual">
        <h2 id="family-manual" className="card__title">
          {t('family.bind.manual')}
        </h2>
        <SelectField
          label={t('family.bind.relationLabel')}
          value={relation}
          error={shown('relation')}
          errorRole="alert"
          onChange={(value) => setRelation(value as FamilyRelation | '')}
        >
          <option value="">{t('family.bind.relationPlaceholder')}</option>
          {FAMILY_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`family.relation.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('family.bind.nameLabel')}
          autoComplete="off"
          value={name}
          error={shown('name')}
          errorRole="alert"
          onChange={setName}
        />
        <TextField
          label={t('family.bind.idLabel')}
          autoComplete="off"
          maxLength={24}
          value={idNumber}
          error={shown('id')}
          errorRole="alert"
          onChange={setIdNumber}
        />
        {!inHousehold ? (
          <div className="field">
            <label className="field__label" htmlFor={proofId}>
              {t('family.bind.proofLabel')}
            </label>
            <input
              ref={fileInput}
              id={proofId}
              type="file"
              accept={PROOF_MIME_TYPES.join(',')}
              onChange={(e) => pickFile(e.target.files?.[0])}
            />
            <p className="muted small">{t('family.bind.proofHint')}</p>
            {proof ? (
              <>
                <img
                  className="family-proof-preview"
                  src={proof.url}
                  alt={t('family.bind.proofPreview')}
                />
                <button
                  type="button"
                  className="btn btn--secondary btn--small"
                  onClick={() => {
                    setProof(null);
                    if (fileInput.current) fileInput.current.value = '';
                  }}
                >
                  {t('family.bind.proofRemove')}
                </button>
              </>
            ) : null}
            {shown('proof') ? <InlineError>{shown('proof')}</InlineError> : null}
          </div>
        ) : null}
        {limitReached ? (
          <InlineError>{t('family.bind.error.limit', { max: region.maxRelatives })}</InlineError>
        ) : null}
        {bind.isError ? (
          serverKey ? (
            <InlineError>
              {t(`family.bind.error.${serverKey}`, {
                doc: relationDoc,
                max: region.maxRelatives,
              })}
            </InlineError>
          ) : (
            <ErrorView error={bind.error} />
          )
        ) : null}
        <button
          type="submit"
          className="btn btn--primary btn--block"
          disabled={bind.isPending || limitReached}
        >
          {t('family.bind.submit')}
        </button>
      </form>
    </>
  );
}

/** Bind a relative: from the household register at once, anyone else with a proof image. */
export function BindRelative({ selfIdNumber }: { selfIdNumber?: string | undefined }) {
  const overview = useFamilyOverview();
  if (overview.isPending) return <Skeleton lines={4} />;
  if (overview.isError) {
    return <ErrorView error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  return (
    <BindFields data={overview.data} {...(selfIdNumber !== undefined ? { selfIdNumber } : {})} />
  );
}
