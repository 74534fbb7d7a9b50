import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CLAIM_KINDS, type ClaimKind, type InstitutionLevel } from '@/rules';
import { FieldShell as SharedFieldShell } from '@/components/field-shell';
import type { FieldMessage } from '../hooks/use-estimate';

/* Labelled inputs for the estimator, on the shell's FieldShell (native inputs, see there). */

/** The shell's field with the estimator's untranslated messages (key and params). */
function FieldShell({
  error,
  ...props
}: Omit<Parameters<typeof SharedFieldShell>[0], 'error'> & { error?: FieldMessage | undefined }) {
  const { t } = useTranslation();
  return <SharedFieldShell {...props} error={error ? t(error.key, error.params) : undefined} />;
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** 'decimal' for amounts in 元, 'numeric' for whole numbers. */
  inputMode: 'decimal' | 'numeric';
  hint?: string | undefined;
  error?: FieldMessage | undefined;
  autoFocus?: boolean;
}

export function TextField({
  label,
  value,
  onChange,
  onBlur,
  inputMode,
  hint,
  error,
  autoFocus,
}: TextFieldProps) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="field__input"
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          // Only after the person pressed "add": focus then lands where they will type next.
          autoFocus={autoFocus}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  hint?: string | undefined;
  error?: FieldMessage | undefined;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  error,
}: SelectFieldProps<V>) {
  return (
    <FieldShell label={label} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          className="field__input"
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => {
            const next = options.find((o) => o.value === e.target.value);
            if (next) onChange(next.value);
          }}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface DateFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldMessage | undefined;
}

export function DateField({ label, value, onChange, error }: DateFieldProps) {
  return (
    <FieldShell label={label} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          className="field__input"
          type="date"
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

export type LevelValue = `${InstitutionLevel}`;

/** Every kind, covered or not: a claim kept across a policy switch must still show its kind. */
export function kindOptions(t: TFunction): { value: ClaimKind; label: string }[] {
  return CLAIM_KINDS.map((k) => ({ value: k, label: t(`estimate.kind.${k}`) }));
}

export function levelOptions(t: TFunction): { value: LevelValue; label: string }[] {
  return (['1', '2', '3'] as const).map((l) => ({ value: l, label: t(`estimate.level.${l}`) }));
}

export const toLevel = (value: LevelValue): InstitutionLevel => Number(value) as InstitutionLevel;
