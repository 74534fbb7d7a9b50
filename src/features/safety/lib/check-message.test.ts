import { describe, expect, it } from 'vitest';
import {
  checkMessage,
  messageProblem,
  MESSAGE_MAX_CHARS,
  type SignalKind,
  type Verdict,
} from './check-message';

interface Vector {
  text: string;
  verdict: Verdict;
  /** Signals that must be among those found (others may be too). */
  signals: SignalKind[];
  /** Official domains it must name, when any. */
  official?: string[];
}

// Real-looking messages: the frauds follow the patterns the bureau and police publish
// (POLICY-FACTS §2, the first one is the bureau's own example); the genuine ones are the
// notices insured people really get. Numbers and addresses are made up.
const FRAUD: Vector[] = [
  {
    // Issue 18: a message with several reasons listed only one of them.
    text: '您好，我是市医保局工作人员，系统显示您的医保卡涉嫌违规套现，请添加QQ 28xxxx19 配合调查，否则将追究责任。',
    verdict: 'likely-fraud',
    signals: ['impersonation', 'accusation', 'privateChannel', 'urgency'],
  },
  {
    text: '【医疗保障局】您的医疗卡已停，请02月25日前打开******进行信息完善',
    verdict: 'likely-fraud',
    signals: ['link', 'cardStopped', 'urgency', 'credentials'],
  },
  {
    text: '【医保中心】您的医保卡因信息不全将于24小时内停用，请立即点击 http://yb-gov.top/verify 重新认证。',
    verdict: 'likely-fraud',
    signals: ['link', 'cardStopped', 'urgency', 'credentials'],
  },
  {
    text: '您好，我是市医保局工作人员，您的医保账户存在异常，需要核实身份，请提供身份证号和银行卡号。',
    verdict: 'likely-fraud',
    signals: ['cardStopped', 'credentials'],
  },
  {
    text: '【国家医保】您有一笔医保补贴1280元待领取，请登录 www.ybbt-cn.com 填写银行卡号和验证码领取。',
    verdict: 'likely-fraud',
    signals: ['link', 'credentials'],
  },
  {
    text: '您的医保卡涉嫌违规套现已被冻结，请将账户资金转入安全账户配合调查，否则将追究法律责任。',
    verdict: 'likely-fraud',
    signals: ['cardStopped', 'money', 'urgency'],
  },
  {
    text: '【社保局】您的医保电子凭证即将过期，回复身份证号码及短信验证码即可续期。',
    verdict: 'likely-fraud',
    signals: ['cardStopped', 'credentials'],
  },
  {
    text: '医保个人账户清零通知：今日内未办理将作废，请点击 t.cn/A6xYz 办理。',
    verdict: 'likely-fraud',
    signals: ['link', 'urgency', 'cardStopped'],
  },
  {
    text: '【医保局】您的医保卡被他人盗用，请立即拨打 0591-87654321 并按提示转账至验证账户。',
    verdict: 'likely-fraud',
    signals: ['cardStopped', 'urgency', 'money'],
  },
  {
    text: 'Your medical insurance card has been suspended. Click http://nhsa-verify.xyz within 24 hours to restore it.',
    verdict: 'likely-fraud',
    signals: ['link', 'cardStopped', 'urgency'],
  },
  {
    text: '【医保退费】您有一笔多缴医保费356元可退还，请添加客服QQ并提供银行卡号，先交手续费20元即可到账。',
    verdict: 'likely-fraud',
    signals: ['credentials', 'money'],
  },
  {
    text: '尊敬的参保人，您的医保卡已被暂停使用，需缴纳解冻费200元，逾期将注销。',
    verdict: 'likely-fraud',
    signals: ['cardStopped', 'money', 'urgency'],
  },
  {
    text: '【医保中心】检测到您的账户异常登录，为保障资金安全，请将验证码告诉客服人员。',
    verdict: 'likely-fraud',
    signals: ['cardStopped', 'credentials'],
  },
  {
    text: 'NHSA notice: your e-voucher account was frozen. Reply with your ID number and bank card number to unfreeze it immediately.',
    verdict: 'likely-fraud',
    signals: ['cardStopped', 'credentials', 'urgency'],
  },
  // Issue 22: links written to get past filters, and sites dressed as the bureau's.
  {
    text: '您的医保卡即将停用，请于今日内访问 ybj-fujian·gov·cn·xyz 办理。',
    verdict: 'likely-fraud',
    signals: ['link', 'lookalike', 'disguisedLink', 'cardStopped', 'urgency'],
  },
  {
    text: '医保卡已冻结，请立即打开 ｈｔｔｐ：//ab.cd/x 解冻。',
    verdict: 'likely-fraud',
    signals: ['link', 'disguisedLink', 'cardStopped', 'urgency'],
  },
  {
    text: '【国家医保局】医保待遇资格复核，请登录 nhsa-gov.top 查看。',
    verdict: 'likely-fraud',
    signals: ['link', 'lookalike'],
  },
  {
    text: '【医保局】您的账户异常，详见 ybj.fujian.gov.cn.xyz/check',
    verdict: 'likely-fraud',
    signals: ['link', 'lookalike', 'cardStopped'],
  },
  {
    text: '补贴今日内到期，请打开 yibao点fj点top 领取',
    verdict: 'likely-fraud',
    signals: ['link', 'lookalike', 'disguisedLink', 'urgency'],
  },
];

const GENUINE: Vector[] = [
  {
    text: '【福州医保】您于11月20日在福州市鼓楼区某某大药房使用医保结算，统筹支付45.60元，个人账户支付12.40元。如有疑问请拨打0591-12345转7。',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: '【国家医保服务平台】您的验证码为482913，5分钟内有效。请勿将验证码告知他人。',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: '【太原医保】您的医保电子凭证已激活成功，可在定点医院和药店扫码使用。',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: '【重庆医保】2027年度城乡居民医保集中缴费期为2026年9月1日至12月31日，请通过官方渠道缴费。医保部门不会要求您转账。',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: '【福州医保】您的家庭共济账户已为林国华缴纳2027年居民医保费380元。',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: '【医保提醒】您的电子处方将于72小时后失效，请及时到定点药店购药。',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: '【福建医保】温馨提示：医保部门不会通过电话、短信索要身份证号、银行卡号和验证码，谨防诈骗。反诈专线96110。',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: 'Your e-voucher was activated on 22 Nov. Show the code at designated pharmacies. Never share your verification code.',
    verdict: 'no-signs',
    signals: [],
  },
  {
    text: '【某某大药房】您的处方药已备好，取药码5821，请于今天20:00前到店取药。',
    verdict: 'no-signs',
    signals: [],
  },
  // Issue 22: the bureau's own sites are named as official, not as suspicious links. (This one
  // was a "suspicious" vector until the checker knew official domains.)
  {
    text: '2027年医保药品目录调整结果已公布，详见 https://www.nhsa.gov.cn 。',
    verdict: 'no-signs',
    signals: [],
    official: ['nhsa.gov.cn'],
  },
  {
    text: '查询医保信息请认准官方网站(https://ybj.fujian.gov.cn/)或公众号“福建医疗保障”。',
    verdict: 'no-signs',
    signals: [],
    official: ['ybj.fujian.gov.cn'],
  },
];

const CAUTION: Vector[] = [
  {
    text: '【医保局】您的医保卡状态异常，详情请咨询 400-800-1234。',
    verdict: 'suspicious',
    signals: ['cardStopped'],
  },
  {
    // An official address written so that filters miss it: the bureau has no reason to.
    text: '请访问 ybj·fujian·gov·cn 查询',
    verdict: 'suspicious',
    signals: ['disguisedLink'],
    official: ['ybj.fujian.gov.cn'],
  },
  {
    text: '详情见 http://t.cn/A6xYz',
    verdict: 'suspicious',
    signals: ['link'],
  },
];

describe('the message checker', () => {
  it('has at least 20 real-looking messages, fraudulent and genuine', () => {
    expect(FRAUD.length + GENUINE.length + CAUTION.length).toBeGreaterThanOrEqual(20);
    expect(FRAUD.length).toBeGreaterThanOrEqual(10);
    expect(GENUINE.length).toBeGreaterThanOrEqual(8);
  });

  it.each([...FRAUD, ...GENUINE, ...CAUTION])(
    '$verdict: $text',
    ({ text, verdict, signals, official }) => {
      const result = checkMessage(text);
      expect(result.official.map((o) => o.host)).toEqual(official ?? []);
      expect(result.verdict).toBe(verdict);
      expect(result.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(signals));
      if (verdict === 'no-signs') expect(result.signals).toEqual([]);
      // Every reason names the words that triggered it, as they appear in the message.
      for (const signal of result.signals) {
        expect(signal.matches.length).toBeGreaterThan(0);
        for (const words of signal.matches) expect(text).toContain(words);
      }
    },
  );

  it('shows the words behind each reason', () => {
    const bureauExample = FRAUD.find((v) => v.text.startsWith('【医疗保障局】'));
    const { signals } = checkMessage(bureauExample?.text ?? '');
    expect(signals.find((s) => s.kind === 'cardStopped')?.matches).toEqual(['医疗卡已停']);
    expect(signals.find((s) => s.kind === 'urgency')?.matches).toEqual(['02月25日前']);
    expect(signals.find((s) => s.kind === 'link')?.matches).toEqual(['打开******']);
  });

  it('lists every reason a message gives, not only the first', () => {
    const { signals } = checkMessage(
      '您好，我是市医保局工作人员，系统显示您的医保卡涉嫌违规套现，请添加QQ 28xxxx19 配合调查。',
    );
    expect(signals.map((s) => s.kind)).toEqual(['impersonation', 'accusation', 'privateChannel']);
    expect(signals.find((s) => s.kind === 'accusation')?.matches).toEqual([
      '涉嫌',
      '违规套现',
      '配合调查',
    ]);
  });

  it('sees a link written with disguised dots or in full width, and quotes it as written', () => {
    const dotted = checkMessage('请访问 ybj·fujian·gov·cn 查询');
    expect(dotted.signals).toEqual([{ kind: 'disguisedLink', matches: ['ybj·fujian·gov·cn'] }]);
    expect(dotted.official).toEqual([
      { written: 'ybj·fujian·gov·cn', host: 'ybj.fujian.gov.cn', owner: 'fujian' },
    ]);
    const wide = checkMessage('ｈｔｔｐ：//ab.cd/x');
    expect(wide.signals.find((s) => s.kind === 'link')?.matches).toEqual(['ｈｔｔｐ：//ab.cd/x']);
    const hidden = checkMessage('打开 ab\u200B.top 看看');
    expect(hidden.signals.find((s) => s.kind === 'disguisedLink')?.matches).toEqual([
      'ab\u200B.top',
    ]);
  });

  it('names the national and the Fujian bureau as the owners of their sites', () => {
    expect(checkMessage('www.nhsa.gov.cn').official[0]?.owner).toBe('nhsa');
    expect(checkMessage('https://ybj.fujian.gov.cn/').official[0]?.owner).toBe('fujian');
    expect(checkMessage('https://www.gov.cn/').official[0]?.host).toBe('gov.cn');
    expect(checkMessage('http://www.fuzhou.gov.cn/').official[0]?.owner).toBeNull();
  });

  it('does not read Chinese prose or times as links', () => {
    expect(checkMessage('请于下午3点30分到店取药。').signals).toEqual([]);
  });

  it('refuses an empty or a 10,000-character message before checking', () => {
    expect(messageProblem('')).toBe('empty');
    expect(messageProblem('   \n ')).toBe('empty');
    expect(messageProblem('好'.repeat(10_000))).toBe('tooLong');
    expect(messageProblem('好'.repeat(MESSAGE_MAX_CHARS))).toBeNull();
  });
});
