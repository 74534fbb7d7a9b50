import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { lawOn } from '@/rules';
import { renderWithI18n } from '@/test/render-with-i18n';
import { ProgressMeters } from './progress-meters';

describe('ProgressMeters', () => {
  it('shows the year’s deductible and cap use as labelled progress bars', () => {
    renderWithI18n(
      <ProgressMeters
        policy={lawOn(
          'cq-employee-outpatient-2024',
          { status: 'employed', enrolment: 'individual-tier1' },
          '2024-12-31',
        )}
        status="employed"
        enrolment="individual-tier1"
        years={[{ year: 2024, deductibleUsedFen: 5_000, poolPaidFen: 20_000, capFen: 80_000 }]}
        currentYear={2026}
      />,
    );
    expect(screen.getByRole('heading', { name: '2024 年累计' })).toBeInTheDocument();
    const deductible = screen.getByRole('progressbar', { name: '起付线已用' });
    expect(deductible).toHaveAttribute('aria-valuenow', '25');
    expect(deductible).toHaveAttribute('aria-valuetext', '50.00 / 200.00 元');
    // Individual tier 1 has the lower cap (800 元 for employees).
    expect(screen.getByRole('progressbar', { name: '年度报销限额已用' })).toHaveAttribute(
      'aria-valuetext',
      '200.00 / 800.00 元',
    );
  });

  it('starts at zero for this year before any claim counts', () => {
    renderWithI18n(
      <ProgressMeters
        policy={lawOn(
          'cq-employee-outpatient-2024',
          { status: 'retired', enrolment: 'unit' },
          '2026-12-31',
        )}
        status="retired"
        enrolment="unit"
        years={[]}
        currentYear={2026}
      />,
    );
    expect(screen.getByRole('heading', { name: '2026 年累计' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '年度报销限额已用' })).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
  });

  it('explains instead of drawing a bar when the policy states no cap or a per-visit deductible', () => {
    renderWithI18n(
      <ProgressMeters
        policy={lawOn('sx-pharmacy-2023', { status: 'retired', enrolment: 'unit' }, '2026-12-31')}
        status="retired"
        enrolment="unit"
        years={[]}
        currentYear={2026}
      />,
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText('起付线每次 30.00 元，每次单独算')).toBeInTheDocument();
    expect(screen.getByText('政策资料未写明年度限额，按不封顶计算')).toBeInTheDocument();
  });
});
