import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { estimate, type ClaimResult } from '@/rules';
import { renderWithI18n } from '@/test/render-with-i18n';
import { ClaimSteps } from './claim-steps';

function onlyClaim(
  policyId: string,
  kind: 'outpatient' | 'pharmacy',
  amountFen: number,
): ClaimResult {
  const result = estimate({
    policyId,
    member: { status: 'retired', enrolment: 'unit' },
    personalAccountBalanceFen: 0,
    claims: [{ id: 'a', date: '2024-03-05', kind, institutionLevel: 1, policyRangeFen: amountFen }],
  });
  const claim = result.claims[0];
  if (!claim) throw new Error('no claim result');
  return claim;
}

describe('ClaimSteps', () => {
  it('tells each step in words and cites the document and clause it comes from', () => {
    renderWithI18n(
      <ClaimSteps claim={onlyClaim('cq-employee-outpatient-2024', 'outpatient', 30_000)} n={1} />,
    );
    const article = screen.getByRole('article', {
      name: '第 1 笔 · 2024-03-05 · 门诊 · 300.00 元',
    });
    expect(article).toHaveTextContent('基金 140.00 元 · 账户 0.00 元 · 现金 160.00 元');
    const steps = within(article).getAllByRole('listitem');
    expect(steps[0]).toHaveTextContent('这次有 100.00 元用来凑起付线');
    // The document by its issuer, title and number (not the project's seed id "004"), then the
    // clause.
    expect(steps[0]).toHaveTextContent(
      '来源：重庆市医疗保障局、重庆市财政局《重庆市建立健全职工基本医疗保险门诊共济保障机制实施细则》及政策问答（渝医保发〔2023〕32号），《实施细则》第四条；问答八、十',
    );
    expect(article).not.toHaveTextContent('004');
    // The level named as the picker names it.
    expect(steps[1]).toHaveTextContent('在一级医院看病，医保报销 70%：200.00 元 × 70% = 140.00 元');
  });

  it('names the document in full once per claim, then by its number', () => {
    renderWithI18n(
      <ClaimSteps claim={onlyClaim('cq-employee-outpatient-2024', 'outpatient', 30_000)} n={1} />,
    );
    const article = screen.getByRole('article');
    const title = '《重庆市建立健全职工基本医疗保险门诊共济保障机制实施细则》';
    const text = article.textContent ?? '';
    expect(text.split(title).length - 1).toBe(1);
    const steps = within(article).getAllByRole('listitem');
    expect(steps[1]).toHaveTextContent(/^.*来源：同上（渝医保发〔2023〕32号），/);
  });

  it('says so when a step is the app’s assumption rather than the source’s words', () => {
    renderWithI18n(<ClaimSteps claim={onlyClaim('sx-pharmacy-2023', 'pharmacy', 13_000)} n={2} />);
    const cap = screen.getByText('政策原文没有写每年最多报销多少，这里不设上限。').closest('li');
    expect(cap).toHaveTextContent('（资料未写明，这是本应用的假设）');
  });

  it('cites the Shanxi notice by its issuer and number', () => {
    renderWithI18n(<ClaimSteps claim={onlyClaim('sx-pharmacy-2023', 'pharmacy', 13_000)} n={1} />);
    expect(
      screen.getAllByText(/^来源：山西省医疗保障局办公室《关于转发.*》（晋医保办发〔2023〕2号），/)
        .length,
    ).toBeGreaterThan(0);
  });

  it('says in its title when a claim is planned', () => {
    renderWithI18n(
      <ClaimSteps
        claim={onlyClaim('cq-employee-outpatient-2024', 'outpatient', 30_000)}
        n={1}
        planned
      />,
    );
    expect(
      screen.getByRole('article', { name: '第 1 笔（计划）· 2024-03-05 · 门诊 · 300.00 元' }),
    ).toBeInTheDocument();
  });
  it('says since when a figure applies when it came into force after the policy began', () => {
    const claim = onlyClaim('cq-employee-outpatient-2024', 'outpatient', 30_000);
    // As a dated cap change (src/rules/policies/fixtures/cq-cap-2026.ts) would cite it.
    const changed: ClaimResult = {
      ...claim,
      trace: claim.trace.map((step) =>
        step.rule.id === 'cq.cap'
          ? { ...step, rule: { ...step.rule, inForceFrom: '2026-01-01' } }
          : step,
      ),
    };
    renderWithI18n(<ClaimSteps claim={changed} n={1} policyFrom="2024-01-01" />);
    const steps = screen.getAllByRole('listitem');
    expect(screen.getAllByText(/起执行的标准/)).toHaveLength(1);
    expect(steps[2]).toHaveTextContent('（2026-01-01 起执行的标准）');
    expect(steps[1]).not.toHaveTextContent('起执行');
  });
});
