import { useId } from 'react';
import './meter.css';

interface MeterProps {
  label: string;
  usedFen: number;
  totalFen: number;
  /** The amounts in words ("40.00 / 100.00 元"), so the value never depends on seeing the bar. */
  valueText: string;
}

/** A labelled bar of how much of an amount is used, as a progressbar with its value in words. */
export function Meter({ label, usedFen, totalFen, valueText }: MeterProps) {
  const labelId = useId();
  const percent = totalFen > 0 ? Math.min(100, Math.floor((usedFen * 100) / totalFen)) : 0;
  return (
    <div className="meter">
      <div className="meter__head">
        <span id={labelId}>{label}</span>
        <span className="meter__value">{valueText}</span>
      </div>
      <div
        className="meter__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={valueText}
      >
        <div className="meter__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
