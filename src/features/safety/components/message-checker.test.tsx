import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@/test/render-app';

describe('/safety', () => {
  it('shows the warning and tappable hotlines', async () => {
    renderApp('/safety');
    expect(await screen.findByRole('heading', { name: '医保部门不会这样做' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /全国反诈专线\s*96110/ })).toHaveAttribute(
      'href',
      'tel:96110',
    );
    expect(screen.getByRole('link', { name: /福州\s*0591-12345/ })).toHaveAttribute(
      'href',
      'tel:059112345,7',
    );
    expect(screen.getByRole('link', { name: /泉州/ })).toHaveAttribute('href', 'tel:059512345,1,2');
  });

  it('flags a fraud message with the words that triggered each reason, and keeps bad input', async () => {
    const user = userEvent.setup();
    renderApp('/safety');
    const box = await screen.findByLabelText('短信内容');
    const submit = screen.getByRole('button', { name: '检查这条短信' });
    await user.click(submit);
    expect(screen.getByText('请先粘贴或输入要检查的短信')).toBeInTheDocument();

    await user.click(box);
    await user.paste('好'.repeat(10_000));
    await user.click(submit);
    expect(
      screen.getByText('内容有 10000 字，超过了 2000 字，请只粘贴一条短信'),
    ).toBeInTheDocument();
    expect(box).toHaveValue('好'.repeat(10_000));

    await user.clear(box);
    await user.paste('【医疗保障局】您的医疗卡已停，请02月25日前打开******进行信息完善');
    await user.click(submit);
    expect(screen.getByText('很可能是诈骗')).toBeInTheDocument();
    expect(screen.getByText('声称您的卡或账户被停用、冻结或异常')).toBeInTheDocument();
    expect(screen.getByText('医疗卡已停')).toBeInTheDocument();
    expect(screen.getByText('02月25日前')).toBeInTheDocument();
    expect(screen.getByText('打开******')).toBeInTheDocument();
  });

  it('names the bureau’s own site as official, and a disguised look-alike as fraud', async () => {
    const user = userEvent.setup();
    renderApp('/safety');
    const box = await screen.findByLabelText('短信内容');
    const submit = screen.getByRole('button', { name: '检查这条短信' });
    await user.click(box);
    await user.paste('2027年医保药品目录调整结果已公布，详见 https://www.nhsa.gov.cn 。');
    await user.click(submit);
    expect(screen.getByText('没有发现常见的诈骗特征')).toBeInTheDocument();
    expect(screen.getByText('nhsa.gov.cn 是国家医疗保障局的官方网站')).toBeInTheDocument();
    expect(screen.queryByText('含有链接，或让您点击链接')).not.toBeInTheDocument();

    await user.clear(box);
    await user.paste('您的医保卡即将停用，请于今日内访问 ybj-fujian·gov·cn·xyz 办理。');
    await user.click(submit);
    expect(screen.getByText('很可能是诈骗')).toBeInTheDocument();
    expect(
      screen.getByText('网址冒充医保部门或政府网站（政府网站以 .gov.cn 结尾）'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('ybj-fujian·gov·cn·xyz').length).toBeGreaterThan(0);

    // A look-alike is quoted once, under "poses as the bureau", not again under "a link".
    await user.clear(box);
    await user.paste(
      '【医保中心】您的医保卡将于24小时内停用，请立即点击 http://yb-gov.top/verify 重新认证。',
    );
    await user.click(submit);
    expect(screen.getAllByText('http://yb-gov.top/verify')).toHaveLength(1);
  });
});
