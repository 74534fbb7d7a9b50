/*
 * The offline "check a message" tool: finds what makes an SMS look like the medical-insurance
 * frauds the bureau warns about (POLICY-FACTS §2): a link, a request for the ID number, bank
 * card or a code, a claim that the card was stopped, urgency and a deadline, a request to move
 * money. Each reason carries the words that triggered it, so the person sees why. Pure, and
 * bundled with the screen: it runs with no network.
 */

import { stripInvisible } from '@/lib/clean-input';

export const SIGNAL_KINDS = [
  'link',
  'lookalike',
  'disguisedLink',
  'credentials',
  'cardStopped',
  'urgency',
  'money',
  'impersonation',
  'accusation',
  'privateChannel',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export interface Signal {
  kind: SignalKind;
  /** The words in the message that triggered it, as written there. */
  matches: string[];
}

export type Verdict = 'likely-fraud' | 'suspicious' | 'no-signs';

/** A web address in the message whose domain belongs to the government (`.gov.cn`). */
export interface OfficialLink {
  /** As written in the message. */
  written: string;
  /** The domain, lower case, without `www.`. */
  host: string;
  /** Who runs it, when we know (a message key under `safety.check.owner`), else null. */
  owner: OfficialOwner | null;
}

export type OfficialOwner = 'nhsa' | 'fujian';

export interface MessageCheck {
  verdict: Verdict;
  signals: Signal[];
  official: OfficialLink[];
}

/** A pasted SMS is short; a page of text is not a message and would only slow the check. */
export const MESSAGE_MAX_CHARS = 2_000;

export type MessageProblem = 'empty' | 'tooLong';

export function messageProblem(text: string): MessageProblem | null {
  if (text.trim() === '') return 'empty';
  if (text.length > MESSAGE_MAX_CHARS) return 'tooLong';
  return null;
}

// Words that turn a request into a warning ("请勿告知他人", "不会索要", "never share").
const NEGATION = /(勿|不要|不会|绝不|切莫|谨防|严禁|never|do not|don't|will not|won't|not)/i;
const NEGATION_WINDOW = 12;

// Web addresses, matched on the folded text (see `fold`): with a scheme, with `www.`, or a bare
// domain with one of the top-level domains the frauds use.
const ADDRESS = [
  /https?:\/\/[^\s，。、；）)]+/gi,
  /www\.[^\s，。、；）)]+/gi,
  /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|net|top|xyz|cc|vip|shop|icu|site|info|org|me|io|link|app)\b(?:\/[^\s，。、；）)]*)?/gi,
];

const LINK = [
  ...ADDRESS,
  // The bureau's example hides the address behind stars: "打开******进行信息完善".
  /(?:打开|点击|访问|登录)\s*\*{3,}/g,
  /(?:点击|打开|访问)(?:下方|以下|短信)?链接/g,
  /click (?:the|this) link/gi,
];

// `.gov.cn` is registered only to government bodies (CNNIC), and the bureau names its own site
// as the official channel (seed 002: "官方网站(https://ybj.fujian.gov.cn/)").
const OFFICIAL_SUFFIX = '.gov.cn';
const KNOWN_OWNERS: Readonly<Record<string, OfficialOwner>> = {
  'nhsa.gov.cn': 'nhsa',
  'ybj.fujian.gov.cn': 'fujian',
};
// Words a look-alike borrows to pass as the bureau's site: "ybj-fujian.gov.cn.xyz", "nhsa-gov.top".
const BORROWED = /gov|nhsa|ybj|yibao|shebao|12393/;
const CREDENTIAL_OBJECTS =
  '身份证号码|身份证号|身份证|银行卡号|银行卡|卡号|验证码|校验码|动态码|密码|CVV|有效期|社保卡号|医保卡号|ID number|ID card number|bank card(?: number)?|card number|verification code|security code|password|PIN';
const REQUEST_VERBS =
  '提供|告知|告诉|输入|填写|回复|发送|上传|提交|报出|索要|核对|provide|enter|reply with|send|share|give|tell us|confirm';
const CREDENTIALS = [
  new RegExp(`(?:${REQUEST_VERBS})[^。！!？?\\n]{0,12}?(?:${CREDENTIAL_OBJECTS})`, 'gi'),
  new RegExp(
    `(?:${CREDENTIAL_OBJECTS})[^。！!？?\\n]{0,4}?(?:告诉|告知|发给|发送给|回复给)(?:客服|工作人员|我们|本人)`,
    'gi',
  ),
  // "Complete / re-verify your information" is how the fraud asks for all of it at once.
  /信息完善|完善信息|完善资料|更新信息|重新认证|身份核实|核实身份|验证身份|update your (?:details|information)|verify your identity/gi,
];

const CARD_STOPPED = [
  /(?:医疗卡|医保卡|社保卡|医保账户|个人账户|医保电子凭证|电子凭证|医保码|账户|卡)[^。！!？?\n]{0,16}?(?:已停|已被停|停用|停止使用|暂停使用|被暂停|冻结|注销|作废|失效|异常|清零|盗用|即将过期|已过期)/g,
  /(?:card|account|e-voucher|insurance)[^.!?\n]{0,30}?(?:has been |was |is |will be )?(?:stopped|suspended|frozen|blocked|deactivated|cancelled|canceled|expired|compromised)/gi,
];

const URGENCY = [
  /立即|立刻|马上|尽快|速速|火速|限时|逾期|否则|过期作废|最后一天|\d+\s*小时内|今日内|今天内|当天内|\d{1,2}月\d{1,2}日前|\d{1,2}\/\d{1,2}前/g,
  /immediately|urgent(?:ly)?|within \d+ hours|final (?:notice|warning)|deadline|act now|today only/gi,
];

const MONEY = [
  /转账|汇款|转入[^。！!？?\n]{0,8}?账户|安全账户|验证账户|打款|保证金|手续费|解冻费|验资|刷流水|垫付|先交/g,
  /transfer (?:the |your )?(?:money|funds|balance)|wire (?:money|funds)|safe account|pay a (?:fee|deposit)|unfreeze fee/gi,
];

// "我是医保局工作人员": the fraud speaks as the bureau, the police or a hospital to be believed.
const IMPERSONATION = [
  /(?:医保局|医疗保障局|医保中心|社保局|社保中心|人社局|卫健委|公安局|派出所|警方|民警|警官|检察院|法院|医院)[^。！!？?\n]{0,6}?(?:工作人员|客服|专员|警官|民警|办案人员)/g,
  /(?:我是|我们是|本人是|这里是)[^。！!？?\n]{0,10}?(?:工作人员|客服|专员|警官|民警)/g,
  /(?:staff|officer|agent) (?:of|from) the (?:bureau|healthcare security|police|hospital)/gi,
];

// "涉嫌违规套现": an accusation that frightens the person into "clearing their name".
const ACCUSATION = [
  /违规套现|套现|套取医保(?:基金)?|骗保|涉嫌|违规使用|违法使用|盗刷|洗钱|被起诉|立案|通缉|配合调查/g,
  /cash(?:ed|ing)? out illegally|fraudulent (?:claims|use)|money laundering|under investigation|arrest warrant/gi,
];

// "添加QQ", "下载APP", "共享屏幕": the bureau never moves a conversation to a private channel.
const PRIVATE_CHANNEL = [
  /(?:添加|加一下|加)\s*(?:QQ|qq|微信|企业微信|钉钉|好友)|(?:QQ|qq|微信)\s*号|QQ群|微信群|下载[^。！!？?\n]{0,8}?(?:APP|App|app|软件|客户端)|(?:共享|分享)屏幕|屏幕共享|视频会议|腾讯会议/g,
  /add (?:me|us|our agent)? ?on (?:QQ|WeChat)|download (?:the|our|this) app|share (?:your|the) screen|screen shar(?:e|ing)/gi,
];

const PATTERNS: Readonly<
  Record<Exclude<SignalKind, 'lookalike' | 'disguisedLink'>, readonly RegExp[]>
> = {
  link: LINK,
  credentials: CREDENTIALS,
  cardStopped: CARD_STOPPED,
  urgency: URGENCY,
  money: MONEY,
  impersonation: IMPERSONATION,
  accusation: ACCUSATION,
  privateChannel: PRIVATE_CHANNEL,
};

// A request or a demand the sentence itself forbids ("请勿将验证码告知他人") is advice.
const NEGATABLE: ReadonlySet<SignalKind> = new Set(['credentials', 'money']);

function negated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - NEGATION_WINDOW), index);
  const sentenceStart = Math.max(
    before.lastIndexOf('。'),
    before.lastIndexOf('！'),
    before.lastIndexOf('. '),
  );
  return NEGATION.test(sentenceStart >= 0 ? before.slice(sentenceStart + 1) : before);
}

/** The message as the patterns read it, and where each of its characters came from. */
interface Folded {
  text: string;
  /** For each character of `text`, the index in the original where it starts and ends. */
  from: number[];
  to: number[];
}

// Dots the frauds write to get a link past filters: "ybj·fujian·gov·cn", "ab。cd", "ab点cd",
// "ab[.]cd", "ab (dot) cd". Only between letters or digits, so Chinese prose is untouched.
const DISGUISED_DOT =
  /(?<=[a-z0-9])(?:\s*(?:[·•・。点]|\[\.\]|\(\.\)|【\.】|\[dot\]|\(dot\))\s*|\s+dot\s+)(?=[a-z0-9])/gi;

/**
 * The message folded the way a reader sees it: invisible characters dropped, full-width forms as
 * ASCII (NFKC: "ｈｔｔｐ：／／" is "http://"), disguised dots as dots. Each character keeps the span
 * of the original it came from, so a reason still quotes the words as they were written.
 */
function fold(original: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = stripInvisible(char).normalize('NFKC');
    for (const unit of folded) {
      for (let k = 0; k < unit.length; k += 1) {
        from.push(index);
        to.push(index + char.length);
      }
      text += unit;
    }
    index += char.length;
  }
  // Second pass: each disguised dot becomes one '.' spanning everything it replaced.
  let out = '';
  const outFrom: number[] = [];
  const outTo: number[] = [];
  let last = 0;
  for (const match of text.matchAll(DISGUISED_DOT)) {
    out += text.slice(last, match.index);
    outFrom.push(...from.slice(last, match.index));
    outTo.push(...to.slice(last, match.index));
    const end = match.index + match[0].length;
    out += '.';
    outFrom.push(from[match.index] ?? 0);
    outTo.push(to[end - 1] ?? 0);
    last = end;
  }
  out += text.slice(last);
  outFrom.push(...from.slice(last));
  outTo.push(...to.slice(last));
  return { text: out, from: outFrom, to: outTo };
}

interface Found {
  /** As written in the original message. */
  written: string;
  /** As folded (what the pattern matched). */
  folded: string;
}

function findIn(original: string, folded: Folded, patterns: readonly RegExp[], negatable: boolean) {
  const found: Found[] = [];
  for (const pattern of patterns) {
    for (const match of folded.text.matchAll(new RegExp(pattern.source, pattern.flags))) {
      const lead = match[0].length - match[0].trimStart().length;
      const words = match[0].trim();
      if (words === '') continue;
      const start = match.index + lead;
      const end = start + words.length;
      if (negatable && negated(folded.text, start)) continue;
      const written = original.slice(folded.from[start] ?? 0, folded.to[end - 1] ?? 0);
      if (!found.some((f) => f.written.includes(written) || written.includes(f.written))) {
        found.push({ written, folded: words });
      }
    }
  }
  return found;
}

/** The domain of an address as folded, lower case, without `www.` or a trailing dot. */
function hostOf(address: string): string {
  const rest = address.toLowerCase().replace(/^[a-z]+:\/\//, '');
  return (rest.split(/[/?#:]/)[0] ?? '').replace(/^www\./, '').replace(/\.+$/, '');
}

function isOfficial(host: string): boolean {
  return host === OFFICIAL_SUFFIX.slice(1) || host.endsWith(OFFICIAL_SUFFIX);
}

function isAddress(folded: string): boolean {
  return ADDRESS.some((pattern) => new RegExp(`^(?:${pattern.source})$`, 'i').test(folded));
}

/** What in the message looks like fraud, and a verdict. Call `messageProblem` first. */
export function checkMessage(text: string): MessageCheck {
  const folded = fold(text);
  const signals: Signal[] = [];
  const official: OfficialLink[] = [];
  for (const kind of SIGNAL_KINDS) {
    if (kind === 'lookalike' || kind === 'disguisedLink') continue;
    const found = findIn(text, folded, PATTERNS[kind], NEGATABLE.has(kind));
    if (kind === 'link') {
      const links: string[] = [];
      const lookalikes: string[] = [];
      const disguised: string[] = [];
      for (const link of found) {
        const address = isAddress(link.folded);
        // A written form that folds to something else was disguised on purpose.
        if (address && link.written !== link.folded) disguised.push(link.written);
        const host = address ? hostOf(link.folded) : null;
        if (host !== null && isOfficial(host)) {
          official.push({ written: link.written, host, owner: ownerOf(host) });
          continue;
        }
        links.push(link.written);
        if (host !== null && BORROWED.test(host)) lookalikes.push(link.written);
      }
      if (links.length > 0) signals.push({ kind: 'link', matches: links });
      if (lookalikes.length > 0) signals.push({ kind: 'lookalike', matches: lookalikes });
      if (disguised.length > 0) signals.push({ kind: 'disguisedLink', matches: disguised });
      continue;
    }
    const matches = found.map((f) => f.written);
    if (matches.length > 0) signals.push({ kind, matches });
  }
  const has = (kind: SignalKind) => signals.some((s) => s.kind === kind);
  const link = has('link') || has('disguisedLink');
  // The bureau never asks for these or for money (POLICY-FACTS §2): either one is enough. A
  // link is a warning on its own, and with a stopped card or a deadline it is the classic fraud.
  // Moving to a private channel is the step before the money goes (POLICY-FACTS §2). A site
  // dressed as the bureau's is made for one purpose.
  const verdict: Verdict =
    has('credentials') ||
    has('money') ||
    has('privateChannel') ||
    has('lookalike') ||
    (link && (has('cardStopped') || has('urgency'))) ||
    (has('impersonation') && has('accusation'))
      ? 'likely-fraud'
      : signals.length > 0
        ? 'suspicious'
        : 'no-signs';
  return { verdict, signals, official };
}

function ownerOf(host: string): OfficialOwner | null {
  for (const [domain, owner] of Object.entries(KNOWN_OWNERS)) {
    if (host === domain || host.endsWith(`.${domain}`)) return owner;
  }
  return null;
}
