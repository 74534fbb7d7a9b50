import type { ReactNode } from 'react';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  disabled?: boolean;
  /** The option's own language, so a screen reader says "English" in English. */
  lang?: string;
}

interface RadioGroupProps<V extends string> {
  /** Already translated; the group's accessible name. */
  legend: string;
  /** 'field__label' where the group sits among labelled fields and should look like one. */
  legendClassName?: string;
  /** Unique on the page: two groups with one name would uncheck each other. */
  name: string;
  value: V | null;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  /** Extra classes beside the segmented look. */
  className?: string;
  /**
   * A feature's own look in place of the segmented row, for options of a sentence or two (a
   * policy's whole name, a relative with their scheme) that are stacked as cards instead.
   */
  classNames?: { group: string; option: string };
  /** The ids of the group's error and hint, wherever they are drawn. */
  describedBy?: string | undefined;
  invalid?: boolean;
  disabled?: boolean;
  /** Drawn inside the group after the options (its error, its hint), so it reads as part of it. */
  children?: ReactNode;
}

const SEGMENTED = { group: 'segmented', option: 'segmented__option' };

/**
 * A choice among a few options as native radios in a fieldset: arrow keys, the legend as the
 * group's name and the checked state all come from the browser, which a row of buttons lacks.
 */
export function RadioGroup<V extends string>({
  legend,
  legendClassName,
  name,
  value,
  options,
  onChange,
  className,
  classNames = SEGMENTED,
  describedBy,
  invalid,
  disabled = false,
  children,
}: RadioGroupProps<V>) {
  return (
    <fieldset
      className={className ? `${classNames.group} ${className}` : classNames.group}
      aria-describedby={describedBy}
      aria-invalid={invalid}
    >
      <legend className={legendClassName}>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={classNames.option} lang={option.lang}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            disabled={disabled || option.disabled === true}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}
