import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ageOn,
  PROXY_DOCUMENT_MAX_BYTES,
  PROXY_RELATIONS,
  PROXY_SELF_CONSENT_AGE,
  type ProxyRelation,
} from '@/api-contract/voucher';
import { useAddProxyMember } from '../api/add-proxy-member';
import { SelectField } from '@/components/select-field';
import { isApiError } from '@/lib/api-error';
import { chinaDay } from '@/lib/china-time';
import { nameError, normaliseName } from '@/lib/person-name';
import { checkId } from '../lib/validation';
import { FaceCapture } from './face-capture';
import { TextField } from '@/components/text-field';
import { InlineError } from '@/components/inline-error';
import { FieldShell } from '@/components/field-shell';
import { RadioGroup } from '@/components/radio-group';

type DocumentKind = 'household-register' | 'birth-certificate';
type FileProblem = 'fileType' | 'fileSize' | 'fileRequired' | 'fileUnreadable';

const DOCUMENT_KINDS = { group: 'voucher-regions', option: 'voucher-check' };

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

interface AddMemberFormProps {
  selfIdNumber: string | undefined;
  existingIds: readonly string[];
  onDone: () => void;
  onCancel: () => void;
}

/**
 * Adds a member to the family proxy account: relation, name and ID; then, by the member's age,
 * their own face check (16 and over) or a photo of the household register or birth certificate
 * with the adult's signed undertaking (under 16). Everything typed stays when a check fails.
 */
export function AddMemberForm({ selfIdNumber, existingIds, onDone, onCancel }: AddMemberFormProps) {
  const { t } = useTranslation();
  const [relation, setRelation] = useState<ProxyRelation>('father');
  const [name, setName] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [faceCheckId, setFaceCheckId] = useState<string | null>(null);
  const [documentKind, setDocumentKind] = useState<DocumentKind>('household-register');
  const [documentUrl, setDocumentUrl] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  const [undertaking, setUndertaking] = useState(false);
  /**
   * The backend's count of the member's age when it differs from the phone's (a phone clock set
   * a day off): its refusal for the wrong kind of consent says which, and the form follows.
   */
  const [backendAdult, setBackendAdult] = useState<boolean | null>(null);
  const add = useAddProxyMember();
  // China's day, as the backend counts it: the phone's own date sent a member who is 16 today
  // in China down the guardian path on a phone set to a zone behind China (issue 22).
  const [today] = useState(() => chinaDay(Date.now()));

  const nameProblem = nameError(name);
  const id = checkId(idNumber);
  const duplicate = id.idNumber !== null && existingIds.includes(id.idNumber);
  const self = id.idNumber !== null && id.idNumber === selfIdNumber;
  const serverCode = isApiError(add.error) ? add.error.code : undefined;
  // A refusal of the ID itself is the ID field's message, not a second one under the form.
  const serverOnId = serverCode === 'ID_NUMBER_INVALID';
  const idText = id.error
    ? showErrors
      ? t(`voucher.errors.${id.error}`, { count: id.length })
      : null
    : self
      ? t('voucher.errors.memberSelf')
      : duplicate
        ? t('voucher.errors.memberDuplicate')
        : serverOnId
          ? t('errors.api.ID_NUMBER_INVALID')
          : null;
  const identityOk = nameProblem === null && id.idNumber !== null && !self && !duplicate;
  const adult =
    backendAdult ?? (id.birthDate !== null && ageOn(id.birthDate, today) >= PROXY_SELF_CONSENT_AGE);
  const consentRefused = serverCode === 'PROXY_CONSENT_MISSING' && backendAdult !== null;

  // The backend's answer was about what was sent: once a value changes, it no longer holds.
  const dropAnswer = () => {
    if (add.isError) add.reset();
  };

  const pickFile = async (file: File | undefined) => {
    setDocumentUrl(null);
    if (file === undefined) return;
    if (!file.type.startsWith('image/')) {
      setFileProblem('fileType');
      return;
    }
    if (file.size > PROXY_DOCUMENT_MAX_BYTES) {
      setFileProblem('fileSize');
      return;
    }
    try {
      setDocumentUrl(await readAsDataUrl(file));
      setFileProblem(null);
    } catch {
      setFileProblem('fileUnreadable');
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setShowErrors(true);
    if (!identityOk || id.idNumber === null) return;
    if (adult && faceCheckId === null) return;
    if (!adult) {
      if (documentUrl === null) {
        setFileProblem((p) => p ?? 'fileRequired');
        return;
      }
      if (!undertaking) return;
    }
    add.mutate(
      {
        relation,
        name: normaliseName(name),
        idNumber: id.idNumber,
        ...(adult && faceCheckId !== null ? { faceCheckId } : {}),
        ...(!adult && documentUrl !== null
          ? { guardian: { documentKind, image: documentUrl, undertakingAccepted: true as const } }
          : {}),
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (!isApiError(error)) return;
          // Consent of the other kind is what the backend asks for: show that path.
          if (error.code === 'PROXY_CONSENT_MISSING') setBackendAdult(!adult);
          // A face check the backend no longer takes (too old, used): take a new one; the face
          // section says so, in its own words.
          if (error.code === 'FACE_CHECK_REQUIRED') setFaceCheckId(null);
        },
      },
    );
  };

  return (
    <form
      className="form stack card"
      onSubmit={submit}
      noValidate
      aria-labelledby="voucher-add-title"
    >
      <h2 id="voucher-add-title" className="card__title">
        {t('voucher.family.addTitle')}
      </h2>
      <SelectField
        label={t('voucher.family.relation')}
        value={relation}
        onChange={(value) => {
          setRelation(PROXY_RELATIONS.find((r) => r === value) ?? 'father');
          dropAnswer();
        }}
      >
        {PROXY_RELATIONS.map((r) => (
          <option key={r} value={r}>
            {t(`voucher.relation.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('voucher.family.name')}
        value={name}
        onChange={(value) => {
          setName(value);
          dropAnswer();
        }}
        error={showErrors && nameProblem ? t(`voucher.errors.${nameProblem}`) : null}
        hint={t('voucher.identity.nameHint')}
        lang="zh-CN"
        autoComplete="off"
      />
      <TextField
        label={t('voucher.family.idNumber')}
        value={idNumber}
        onChange={(value) => {
          setIdNumber(value);
          // A face check, and the backend's count of the age, belong to one ID.
          setFaceCheckId(null);
          setBackendAdult(null);
          dropAnswer();
        }}
        error={idText}
        hint={t('voucher.identity.idHint')}
        autoComplete="off"
        maxLength={24}
        spellCheck={false}
      />

      {identityOk && adult ? (
        <section className="stack" aria-labelledby="voucher-add-face">
          <h3 id="voucher-add-face" className="card__title">
            {t('voucher.family.faceTitle')}
          </h3>
          {faceCheckId !== null ? (
            <p role="status" className="notice">
              {t('voucher.family.facePassed')}
            </p>
          ) : (
            <>
              <FaceCapture
                idNumber={id.idNumber ?? ''}
                subject="member"
                onPassed={(r) => setFaceCheckId(r.faceCheckId)}
              />
              {/* After the backend's word on the age, that word is the one message. */}
              {showErrors && !consentRefused ? (
                <p className="field__error">{t('voucher.errors.memberFace')}</p>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      {identityOk && !adult ? (
        <section className="stack" aria-labelledby="voucher-add-guardian">
          <h3 id="voucher-add-guardian" className="card__title">
            {t('voucher.family.guardianTitle')}
          </h3>
          <p>{t('voucher.family.guardianWhy')}</p>
          <RadioGroup
            legend={t('voucher.family.documentKind')}
            legendClassName="field__label"
            classNames={DOCUMENT_KINDS}
            name="document-kind"
            value={documentKind}
            options={(['household-register', 'birth-certificate'] as const).map((kind) => ({
              value: kind,
              label: t(`voucher.family.document.${kind}`),
            }))}
            onChange={setDocumentKind}
          />
          <FieldShell
            label={t('voucher.family.file')}
            hint={t('voucher.family.fileHint')}
            error={fileProblem ? t(`voucher.errors.${fileProblem}`) : null}
          >
            {({ inputId, describedBy, invalid }) => (
              <input
                id={inputId}
                type="file"
                accept="image/*"
                aria-invalid={invalid ? true : undefined}
                aria-describedby={describedBy}
                onChange={(e) => void pickFile(e.target.files?.[0])}
              />
            )}
          </FieldShell>
          {documentUrl ? (
            <img className="voucher-preview" src={documentUrl} alt={t('voucher.family.preview')} />
          ) : null}
          <label className="voucher-check">
            <input
              type="checkbox"
              checked={undertaking}
              aria-invalid={showErrors && !undertaking ? true : undefined}
              aria-describedby={
                showErrors && !undertaking ? 'voucher-add-undertaking-error' : undefined
              }
              onChange={(e) => setUndertaking(e.target.checked)}
            />
            <span>{t('voucher.family.undertaking')}</span>
          </label>
          {showErrors && !undertaking ? (
            <p id="voucher-add-undertaking-error" className="field__error">
              {t('voucher.errors.undertaking')}
            </p>
          ) : null}
        </section>
      ) : null}

      {consentRefused ? (
        <InlineError>
          {t(backendAdult ? 'voucher.family.backendAdult' : 'voucher.family.backendMinor')}
        </InlineError>
      ) : add.isError && !serverOnId && serverCode !== 'FACE_CHECK_REQUIRED' ? (
        <InlineError error={add.error} />
      ) : null}
      <div className="voucher-wizard__buttons">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('voucher.family.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={add.isPending}>
          {add.isPending ? t('voucher.wizard.sending') : t('voucher.family.addSubmit')}
        </button>
      </div>
    </form>
  );
}
