import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { personas } from '@mocks/seed';
import { loadLanguage } from '@/lib/i18n';
import { usePreferences } from '@/lib/preferences-store';
import { renderApp } from '@/test/render-app';
import { ESTIMATE_DRAFT_KEY, useEstimateDraft } from '../stores/estimate-draft-store';

type User = ReturnType<typeof userEvent.setup>;

interface ClaimInput {
  date: string;
  kind: '门诊' | '药店凭处方买药' | '住院';
  level?: '一级医院' | '二级医院' | '三级医院';
  amount: string;
  other?: string;
}

async function openEstimator() {
  renderApp('/estimate');
  await screen.findByRole('heading', { name: '报销测算', level: 1 });
}

const claimGroup = (n: number) => screen.getByRole('group', { name: `第 ${n} 笔` });

async function addClaim(user: User, n: number, input: ClaimInput) {
  await user.click(screen.getByRole('button', { name: '添加费用' }));
  const group = claimGroup(n);
  fireEvent.change(within(group).getByLabelText('日期'), { target: { value: input.date } });
  await user.selectOptions(within(group).getByLabelText('类型'), input.kind);
  if (input.level) await user.selectOptions(within(group).getByLabelText(/等级/), input.level);
  await user.type(within(group).getByLabelText('医保范围内费用（元）'), input.amount);
  if (input.other) await user.type(within(group).getByLabelText(/特殊病种等已报销/), input.other);
}

async function chooseRetiredInChongqing(user: User) {
  await user.click(screen.getByRole('radio', { name: CQ_POLICY }));
  await user.click(screen.getByRole('radio', { name: '退休' }));
}

const CQ_POLICY = '重庆市 · 重庆职工医保普通门诊统筹（2024年起）';

/** Signs the demo persona in through the form; ends on the home screen. */
async function signInAs(user: User, personaId: string) {
  const persona = personas.find((p) => p.id === personaId);
  if (!persona) throw new Error(`seed has no ${personaId}`);
  renderApp('/login');
  await user.type(await screen.findByLabelText('手机号'), persona.phone);
  await user.click(screen.getByRole('button', { name: '获取验证码' }));
  const code = (await screen.findByText(/演示短信验证码/)).textContent?.match(/\d{6}/)?.[0] ?? '';
  await user.type(screen.getByLabelText('验证码'), code);
  await user.click(screen.getByRole('button', { name: '登录' }));
  await screen.findByRole('heading', { name: /您好/ });
  return persona;
}

/** A reload keeps the tab's sessionStorage and nothing in memory: a new query client and page. */
async function reloadAt(path: string) {
  cleanup();
  renderApp(path);
  await screen.findByRole('heading', { name: '报销测算', level: 1 });
}

async function expectChongqingRetiree72() {
  await waitFor(() =>
    expect(screen.getByText('已按您的参保信息填好，可以修改。')).toBeInTheDocument(),
  );
  expect(screen.getByRole('radio', { name: CQ_POLICY })).toBeChecked();
  expect(screen.getByRole('radio', { name: '退休' })).toBeChecked();
  expect(screen.getByLabelText('个人账户余额（元）')).toHaveValue('3860.50');
  expect(screen.getByLabelText('年龄')).toHaveValue('72');
}

const resultSection = () => screen.getByRole('region', { name: '测算结果' });

afterEach(() => useEstimateDraft.getState().reset());

// Whole-screen tests type many fields through user-event; jsdom needs more than the default 5 s.
describe('Estimator', () => {
  it('estimates three Chongqing claims signed out, with every step and its source, and no request', async () => {
    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => void requests.push(request.url));
    const user = userEvent.setup({ delay: null });
    await openEstimator();
    await chooseRetiredInChongqing(user);
    await user.type(screen.getByLabelText('个人账户余额（元）'), '250');
    await addClaim(user, 1, { date: '2024-03-05', kind: '门诊', level: '一级医院', amount: '300' });
    await addClaim(user, 2, {
      date: '2024-04-10',
      kind: '药店凭处方买药',
      level: '三级医院',
      amount: '500',
    });
    await addClaim(user, 3, {
      date: '2024-05-20',
      kind: '门诊',
      level: '二级医院',
      amount: '1000',
      other: '400',
    });

    const result = resultSection();
    await waitFor(() =>
      expect(within(result).getByText('1,260.00 元，占 70%')).toBeInTheDocument(),
    );
    expect(within(result).getByText('250.00 元，占 13.9%')).toBeInTheDocument();
    expect(within(result).getByText('290.00 元，占 16.1%')).toBeInTheDocument();

    const first = within(result).getByRole('article', {
      name: '第 1 笔 · 2024-03-05 · 门诊 · 300.00 元',
    });
    expect(within(first).getByText(/这次有 100.00 元用来凑起付线/)).toBeInTheDocument();
    expect(within(first).getByText(/200.00 元 × 70% = 140.00 元/)).toBeInTheDocument();
    expect(
      within(first).getAllByText(
        /^来源：重庆市医疗保障局、重庆市财政局《重庆市建立健全职工基本医疗保险门诊共济保障机制实施细则》及政策问答（渝医保发〔2023〕32号），/,
      ).length,
    ).toBeGreaterThan(0);
    const second = within(result).getByRole('article', { name: /^第 2 笔/ });
    // The level in the picker's own words, never "3级医疗机构" beside "三级医院".
    expect(within(second).getByText(/按开处方的三级医院的比例报销 60%/)).toBeInTheDocument();

    // Deductible met, cap partly used: the meters say so in words.
    expect(screen.getByRole('progressbar', { name: '起付线已用' })).toHaveAttribute(
      'aria-valuetext',
      '100.00 / 100.00 元',
    );
    expect(screen.getByRole('progressbar', { name: '年度报销限额已用' })).toHaveAttribute(
      'aria-valuetext',
      '860.00 / 4,000.00 元',
    );
    expect(requests).toEqual([]);
    server.events.removeAllListeners();
  });

  it('explains each bad amount next to its field and leaves that claim out', async () => {
    const user = userEvent.setup({ delay: null });
    await openEstimator();
    await addClaim(user, 1, { date: '2024-03-05', kind: '门诊', amount: '100' });
    await addClaim(user, 2, { date: '2024-03-06', kind: '门诊', amount: '12.345' });
    const amount = within(claimGroup(2)).getByLabelText('医保范围内费用（元）');

    const cases: [string, string][] = [
      ['12.345', '金额最多保留 2 位小数（精确到分）。'],
      ['12abc', '请输入数字金额，例如 12.34。'],
      ['-3', '金额不能是负数。'],
      ['10000000.01', '金额不能超过 10,000,000.00 元。'],
    ];
    for (const [typed, text] of cases) {
      await user.clear(amount);
      await user.type(amount, typed);
      const error = within(claimGroup(2)).getByText(text);
      expect(amount).toHaveAttribute('aria-invalid', 'true');
      expect(amount.getAttribute('aria-describedby')).toContain(error.id);
      expect(amount).toHaveValue(typed);
    }
    expect(
      within(resultSection()).getByText('有 1 笔费用未计入，按提示改正后即可计入。'),
    ).toBeInTheDocument();

    await user.clear(amount);
    expect(within(claimGroup(2)).getByText('请输入金额。')).toBeInTheDocument();

    // Full-width digits from a Chinese keyboard are fine.
    await user.type(amount, '１２３．４５');
    expect(amount).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText(/笔费用未计入/)).not.toBeInTheDocument();
    expect(
      within(resultSection()).getByRole('article', {
        name: /^第 2 笔 · 2024-03-06 · 门诊 · 123.45 元/,
      }),
    ).toBeInTheDocument();

    const other = within(claimGroup(2)).getByLabelText(/特殊病种等已报销/);
    await user.type(other, '200');
    expect(
      within(claimGroup(2)).getByText('其他保障已付的 200.00 元不能多于政策范围内费用 123.45 元。'),
    ).toBeInTheDocument();
    expect(other).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the claims when the policy changes and says which no longer fit', async () => {
    const user = userEvent.setup({ delay: null });
    await openEstimator();
    await addClaim(user, 1, { date: '2024-03-05', kind: '门诊', amount: '100' });
    await addClaim(user, 2, { date: '2023-01-10', kind: '药店凭处方买药', amount: '50' });
    await addClaim(user, 3, { date: '2024-03-05', kind: '药店凭处方买药', amount: '130' });

    await user.click(
      screen.getByRole('radio', { name: '山西省 · 山西定点药店门诊统筹（2023年起）' }),
    );
    expect(
      within(claimGroup(1)).getByText('这项政策不报销这类费用，请换一项政策或费用类型。'),
    ).toBeInTheDocument();
    expect(within(claimGroup(1)).getByLabelText('类型')).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(claimGroup(2)).getByText('2023-01-10 这项政策还没有开始实施（2023-02-20 起实施）。'),
    ).toBeInTheDocument();
    expect(within(claimGroup(1)).getByLabelText('医保范围内费用（元）')).toHaveValue('100');
    expect(screen.getByText('有 2 笔费用未计入，按提示改正后即可计入。')).toBeInTheDocument();
    // Shanxi has a per-visit deductible that the prescribing hospital may already have charged.
    expect(
      within(claimGroup(3)).getByRole('checkbox', { name: '开处方的医院已收过起付线' }),
    ).toBeInTheDocument();
    expect(screen.getByText('政策资料未写明年度限额，按不封顶计算')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar', { name: '年度报销限额已用' })).not.toBeInTheDocument();
  });

  it('asks before removing the last claim, and a removal can be undone', async () => {
    const user = userEvent.setup({ delay: null });
    await openEstimator();
    await addClaim(user, 1, { date: '2024-03-05', kind: '门诊', amount: '100' });
    await addClaim(user, 2, { date: '2024-03-06', kind: '门诊', amount: '200' });

    await user.click(screen.getByRole('button', { name: '删除第 2 笔' }));
    expect(screen.queryByRole('group', { name: '第 2 笔' })).not.toBeInTheDocument();
    // The app's layout has live regions of its own (the demo banner's): find the one that speaks.
    expect(
      screen.getAllByRole('status').filter((el) => el.textContent?.includes('已删除第 2 笔')),
    ).toHaveLength(1);
    expect(screen.getByRole('button', { name: '撤销' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(within(claimGroup(2)).getByLabelText('医保范围内费用（元）')).toHaveValue('200');

    await user.click(screen.getByRole('button', { name: '删除第 2 笔' }));
    await user.click(screen.getByRole('button', { name: '删除第 1 笔' }));
    expect(screen.getByRole('alert')).toHaveTextContent('这是最后一笔费用');
    expect(screen.getByRole('button', { name: '取消' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(claimGroup(1)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '删除第 1 笔' }));
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(screen.getByText('还没有费用，请添加一笔。')).toBeInTheDocument();
    expect(screen.getByText('添加费用并填好金额后，这里显示结果。')).toBeInTheDocument();
  });

  it('keeps the draft when the person leaves the screen and comes back', async () => {
    const user = userEvent.setup({ delay: null });
    await openEstimator();
    await addClaim(user, 1, { date: '2024-03-05', kind: '门诊', amount: '321' });
    await user.click(screen.getByRole('link', { name: '首页' }));
    await screen.findByRole('heading', { name: '医保通', level: 1 });
    await user.click(screen.getByRole('link', { name: /报销测算/ }));
    await screen.findByRole('heading', { name: '报销测算', level: 1 });
    expect(within(claimGroup(1)).getByLabelText('医保范围内费用（元）')).toHaveValue('321');
  });

  it('prefills from the cached profile without asking the server again', async () => {
    const user = userEvent.setup({ delay: null });
    await signInAs(user, 'cq-retiree');

    const requests: string[] = [];
    server.events.on('request:start', ({ request }) => void requests.push(request.url));
    await user.click(screen.getByRole('link', { name: /报销测算/ }));
    await screen.findByRole('heading', { name: '报销测算', level: 1 });
    expect(screen.getByText('已按您的参保信息填好，可以修改。')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: CQ_POLICY })).toBeChecked();
    expect(screen.getByRole('radio', { name: '退休' })).toBeChecked();
    expect(screen.getByLabelText('个人账户余额（元）')).toHaveValue('3860.50');
    expect(screen.getByLabelText('年龄')).toHaveValue('72');
    // The profile is not asked for again; the year's records are (they start the estimate).
    expect(requests.filter((url) => new URL(url).pathname !== '/api/records')).toEqual([]);
    server.events.removeAllListeners();
  });

  it('starts from the signed-in person on a direct visit or reload, also with the server unreachable', async () => {
    const user = userEvent.setup({ delay: null });
    const persona = await signInAs(user, 'cq-retiree');

    // Opened directly (or reloaded) while signed in: nothing cached, so the profile is fetched.
    await reloadAt('/estimate');
    await expectChongqingRetiree72();

    // Reloaded offline: the profile cannot be fetched; what the tab kept of it still applies.
    server.use(http.get('*/api/me', () => HttpResponse.error()));
    await reloadAt('/estimate');
    await expectChongqingRetiree72();

    // What the tab keeps is what the estimate needs, never who the person is.
    const stored = sessionStorage.getItem(ESTIMATE_DRAFT_KEY) ?? '';
    expect(stored).toContain('"status":"retired"');
    for (const identifying of [persona.phone, '张建国', '500103195403150173', '1954-03-15'])
      expect(stored).not.toContain(identifying);
  });

  it('never lets the profile overwrite what the person changed, and keeps the claims over a reload', async () => {
    const user = userEvent.setup({ delay: null });
    await signInAs(user, 'cq-retiree');
    await reloadAt('/estimate');
    await expectChongqingRetiree72();
    await user.click(screen.getByRole('radio', { name: '在职' }));
    await addClaim(user, 1, { date: '2024-03-05', kind: '门诊', amount: '321' });

    await reloadAt('/estimate');
    await waitFor(() => expect(screen.getByRole('radio', { name: '在职' })).toBeChecked());
    expect(within(claimGroup(1)).getByLabelText('医保范围内费用（元）')).toHaveValue('321');
    expect(
      await within(resultSection()).findByRole('article', { name: /^第 1 笔 · 2024-03-05/ }),
    ).toBeInTheDocument();
  });

  it('marks a claim dated after today as planned, in the editor and in the result', async () => {
    const user = userEvent.setup({ delay: null });
    await openEstimator();
    const nextYear = new Date().getFullYear() + 1;
    await addClaim(user, 1, { date: `${nextYear}-03-05`, kind: '门诊', amount: '100' });
    expect(
      within(claimGroup(1)).getByText('计划：日期在今天之后，按预计的费用计入。'),
    ).toBeInTheDocument();
    expect(
      await within(resultSection()).findByRole('article', {
        name: `第 1 笔（计划）· ${nextYear}-03-05 · 门诊 · 100.00 元`,
      }),
    ).toBeInTheDocument();
  });

  it('writes money one way in English: ¥ before the amount, on every line', async () => {
    const user = userEvent.setup({ delay: null });
    usePreferences.getState().setLanguage('en-US');
    try {
      renderApp('/estimate');
      await screen.findByRole('heading', { name: 'Cost estimate', level: 1 });
      // Signed out the estimator starts on the first policy, Chongqing's.
      await user.click(screen.getByRole('radio', { name: 'Retired' }));
      await user.type(screen.getByLabelText('Personal account balance (yuan)'), '250');
      await user.click(screen.getByRole('button', { name: 'Add a cost' }));
      const group = screen.getByRole('group', { name: 'Cost 1' });
      fireEvent.change(within(group).getByLabelText('Date'), { target: { value: '2024-03-05' } });
      await user.type(within(group).getByLabelText('Covered cost (yuan)'), '5280.73');
      await user.type(screen.getByLabelText('Covered cost per visit (yuan)'), '150');
      await user.type(screen.getByLabelText('Age'), '72');
      await screen.findByRole('article', { name: /^Cost 1 · 2024-03-05/ });
      await screen.findByText('Personal account at year end');

      const text = document.body.textContent ?? '';
      const amounts = [...text.matchAll(/(\S?)(\d[\d,]*\.\d\d)( ?yuan)?/g)];
      expect(amounts.length).toBeGreaterThan(20);
      for (const [whole, sign, , yuan] of amounts) {
        expect(sign, whole).toBe('¥');
        expect(yuan, whole).toBeUndefined();
      }
      expect(text).not.toContain('CN¥');
      // Step texts name the hospital level as the picker does.
      expect(screen.getAllByText(/At a Level 1 hospital the insurance pays 70%/).length).toBe(1);
    } finally {
      usePreferences.getState().setLanguage('zh-CN');
      await loadLanguage('zh-CN');
    }
  });
});
