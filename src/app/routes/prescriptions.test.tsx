import { chinaDateOf } from '@/rules/dates';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import QRCode from 'qrcode';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { callApi } from '@mocks/test-utils';
import { demoEndpoints } from '@/api-contract/demo';
import {
  prescriptionEndpoints,
  prescriptionPharmacyListSchema,
} from '@/api-contract/prescriptions';
import { useSession } from '@/features/auth/stores/session-store';
import { apiRequest } from '@/lib/api-client';
import { resetAllStores } from '@/lib/store-registry';
import { renderApp } from '@/test/render-app';
import { pharmacySplit } from '@/features/prescriptions/lib/split';

async function signIn(personaId = 'fz-employee') {
  const session = await apiRequest(demoEndpoints.demoPersona, {
    body: { personaId },
    idempotencyKey: crypto.randomUUID(),
  });
  useSession.getState().signIn(session.token);
}

function stubFuzhouLocation(latitude = 26.085, longitude = 119.296) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: (p: { coords: { latitude: number; longitude: number } }) => void) =>
        ok({ coords: { latitude, longitude } }),
    },
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

/**
 * The side of a QR drawn by `qrcode`'s SVG renderer (its viewBox, in modules) and the box its
 * dark modules fill, read from the path: rows of `M x y` / `m dx 0` moves and `h n` runs, each
 * row drawn at its centre line (y + 0.5).
 */
function readQrSvg(svg: string) {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg);
  if (!viewBox || !path?.[1]) throw new Error(`not a qrcode SVG: ${svg.slice(0, 120)}`);
  const dark = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  let x = 0;
  let y = 0;
  for (const [, cmd, a = '0', b = '0'] of path[1].matchAll(/([Mmh])([\d.]+)(?: ([\d.]+))?/g)) {
    if (cmd === 'M') [x, y] = [Number(a), Number(b) - 0.5];
    else if (cmd === 'm') x += Number(a);
    else {
      dark.left = Math.min(dark.left, x);
      x += Number(a);
      dark.right = Math.max(dark.right, x);
      dark.top = Math.min(dark.top, y);
      dark.bottom = Math.max(dark.bottom, y + 1);
    }
  }
  return { size: Number(viewBox[1]), dark };
}

describe('prescription list', () => {
  it('shows every status, the countdown, long prescriptions and the kind', async () => {
    await signIn();
    renderApp('/prescriptions');
    await screen.findByRole('heading', { name: '电子处方', level: 1 });
    const cards = await screen.findAllByRole('listitem');
    expect(cards.length).toBe(6);
    for (const status of ['待取药', '已流转药店', '已取药', '已过期', '已撤销']) {
      expect(screen.getAllByText(status).length).toBeGreaterThan(0);
    }
    expect(screen.getAllByText(/^剩余 \d+ (小时|天)/).length).toBe(2);
    expect(screen.getByText('长期处方 · 8 周用量')).toBeInTheDocument();
    expect(screen.getAllByText('双通道').length).toBe(1);
    expect(screen.getByRole('button', { name: '刷新' })).toBeInTheDocument();
  });

  it('shows a translated error with a retry when the list fails, then the list', async () => {
    const user = userEvent.setup();
    await signIn();
    let failures = 1;
    server.use(
      http.get('*/api/prescriptions', () => {
        if (failures-- > 0) return HttpResponse.json({ code: 'SERVER_ERROR' }, { status: 500 });
        return undefined;
      }),
    );
    renderApp('/prescriptions');
    expect(await screen.findByRole('alert')).toHaveTextContent('处方列表加载失败');
    await user.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findAllByText('待取药')).not.toHaveLength(0);
  });

  it('makes each card one link named by hospital and drugs', async () => {
    await signIn();
    renderApp('/prescriptions');
    const items = await screen.findAllByRole('listitem');
    for (const item of items) {
      const links = within(item).getAllByRole('link');
      expect(links).toHaveLength(1);
    }
    // 林晓燕's first prescription: the drug names are part of the card and of its name.
    const link = within(items[0] as HTMLElement).getByRole('link');
    const detail = await apiRequest(prescriptionEndpoints.listPrescriptions);
    const names = detail.items[0]?.drugNames ?? [];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(link).toHaveAccessibleName(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    }
  });

  it('asks to sign in first', async () => {
    renderApp('/prescriptions');
    await waitFor(() => expect(screen.queryByRole('heading', { name: '电子处方' })).toBeNull());
  });
});

describe('prescription detail', () => {
  it('lists the drugs with class, price, and a restricted drug marked', async () => {
    await signIn();
    renderApp('/prescriptions/rx-fz-04');
    expect(await screen.findByText('艾司唑仑片')).toBeInTheDocument();
    expect(screen.getByText('不可在药店统筹结算（精神药品）')).toBeInTheDocument();
    expect(screen.getAllByText('甲类').length).toBeGreaterThan(0);
    expect(screen.getByText('合计')).toBeInTheDocument();
  });

  it('explains why an expired or revoked prescription cannot be sent, and offers no send', async () => {
    await signIn();
    renderApp('/prescriptions/rx-fz-05');
    expect(await screen.findByText(/已超过有效期/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '到药店取药' })).toBeNull();
  });

  it('says clearly when the prescription does not exist', async () => {
    await signIn();
    renderApp('/prescriptions/rx-nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到这张处方');
  });

  it('sends to a pharmacy for pick-up and shows the code', async () => {
    const user = userEvent.setup();
    stubFuzhouLocation();
    // The Chongqing retiree: the bundled rules cover his pharmacy claims, so a split shows.
    await signIn('cq-retiree');
    renderApp('/prescriptions/rx-cq-01');
    await user.click(await screen.findByRole('button', { name: '使用我的位置' }));
    const options = await screen.findAllByRole('button', { name: '选择这家药店' });
    const first = options[0];
    if (!first) throw new Error('no pharmacy');
    // The estimate from the rules module is on every pharmacy.
    expect((await screen.findAllByText(/预计：医保基金/)).length).toBeGreaterThan(0);
    // His fund pays 0 on this one: the screen says it is the deductible, and what is left of it.
    expect(
      screen.getByText(
        /^为什么医保基金付 0 元：每年先由自己支付起付标准 100\.00 元.*今年还差 \d+\.\d\d 元/,
      ),
    ).toBeInTheDocument();
    await user.click(first);
    await user.click(screen.getByRole('button', { name: /^确认流转到/ }));
    expect(await screen.findByText('处方已流转到药店')).toBeInTheDocument();
    expect(screen.getByTestId('pickup-code').textContent).toMatch(/^\d{8}$/);
  });

  it('says the pharmacy is right here when standing at it, not "0 米"', async () => {
    const user = userEvent.setup();
    await signIn('cq-retiree');
    const found = await callApi(
      'GET',
      '/prescriptions/rx-cq-01/pharmacies?lat=26.085&lng=119.296',
      {
        token: useSession.getState().token ?? '',
        schema: prescriptionPharmacyListSchema,
      },
    );
    const shop = found.data?.items[0];
    if (!shop) throw new Error('no pharmacy');
    stubFuzhouLocation(shop.lat, shop.lng);
    renderApp('/prescriptions/rx-cq-01');
    await user.click(await screen.findByRole('button', { name: '使用我的位置' }));
    await screen.findAllByRole('button', { name: '选择这家药店' });
    expect(screen.getAllByText(/^就在附近 ·/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/^0 米/)).toBeNull();
  });

  it('draws the pick-up QR with a quiet zone of four modules on every side (ISO/IEC 18004)', async () => {
    const user = userEvent.setup();
    stubFuzhouLocation();
    await signIn('cq-retiree');
    renderApp('/prescriptions/rx-cq-01');
    await user.click(await screen.findByRole('button', { name: '使用我的位置' }));
    const [first] = await screen.findAllByRole('button', { name: '选择这家药店' });
    if (!first) throw new Error('no pharmacy');
    await user.click(first);
    await user.click(screen.getByRole('button', { name: /^确认流转到/ }));
    const qr = await screen.findByRole('img', { name: /^取药码二维码：\d{8}$/ });
    const code = screen.getByTestId('pickup-code').textContent ?? '';
    const src = qr.getAttribute('src') ?? '';
    expect(src).toMatch(/^data:image\/svg\+xml,/);
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    const { size, dark } = readQrSvg(svg);
    // The symbol itself, as the library encodes it at the level the screen uses.
    const modules = QRCode.create(code, { errorCorrectionLevel: 'M' }).modules.size;
    expect(dark.right - dark.left).toBe(modules);
    expect(dark.bottom - dark.top).toBe(modules);
    expect({
      left: dark.left,
      top: dark.top,
      right: size - dark.right,
      bottom: size - dark.bottom,
    }).toEqual({ left: 4, top: 4, right: 4, bottom: 4 });
  });

  it('checks the delivery address and keeps what was typed', async () => {
    const user = userEvent.setup();
    stubFuzhouLocation();
    await signIn();
    renderApp('/prescriptions/rx-fz-01');
    await user.click(await screen.findByRole('button', { name: '使用我的位置' }));
    await screen.findAllByText(/配送费/);
    // The first pharmacy that delivers: its card mentions a delivery fee.
    const card = screen.getAllByText(/配送费/)[0]?.closest('.rx-pharmacy');
    if (!(card instanceof HTMLElement)) throw new Error('no delivering pharmacy');
    await user.click(within(card).getByRole('button', { name: '选择这家药店' }));
    await user.click(screen.getByRole('radio', { name: /送药上门/ }));
    await user.type(screen.getByLabelText('详细地址'), '东街 1 号');
    await user.type(screen.getByLabelText('收件人'), '林女士');
    await user.type(screen.getByLabelText('手机号'), '12345');
    await user.click(screen.getByRole('button', { name: /^确认流转到/ }));
    expect(screen.getByText('请填写所在区县')).toBeInTheDocument();
    expect(screen.getByText('手机号应为 11 位')).toBeInTheDocument();
    expect(screen.getByLabelText('详细地址')).toHaveValue('东街 1 号');
    expect(screen.getByLabelText('手机号')).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('at the pharmacy counter with no signal', () => {
  /** What a reload with no network meets: neither the API nor the app's own origin answers. */
  function loseTheNetwork() {
    server.use(
      http.all('*/api/*', () => HttpResponse.error()),
      http.head('*/connectivity.txt', () => HttpResponse.error()),
    );
  }

  function storedText(): string {
    return Object.keys(sessionStorage)
      .map((key) => `${key}=${sessionStorage.getItem(key) ?? ''}`)
      .concat(Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key) ?? ''}`))
      .join('\n');
  }

  it('shows the pick-up code with its pharmacy and age after an offline reload, and the last list; sign-out removes both', async () => {
    await signIn();
    // rx-fz-03 was sent to a pharmacy for pick-up (the seed).
    const first = renderApp('/prescriptions/rx-fz-03');
    const code = (await screen.findByTestId('pickup-code')).textContent ?? '';
    const rx = await apiRequest(prescriptionEndpoints.getPrescription, {
      params: { prescriptionId: 'rx-fz-03' },
    });
    const pharmacyName = rx.dispensing?.pharmacyName ?? '';
    expect(rx.status).toBe('sent');
    expect(code).toMatch(/^\d{8}$/);
    first.unmount();
    const list = renderApp('/prescriptions');
    expect(await screen.findAllByText('待取药')).not.toHaveLength(0);
    list.unmount();

    // Only what the counter needs was kept: no diagnosis, doctor or drug.
    expect(storedText()).toContain(code);
    expect(storedText()).not.toContain(rx.diagnosis);
    expect(storedText()).not.toContain(rx.doctorName);
    expect(storedText()).not.toContain(rx.items[0]?.name ?? 'no drug');

    loseTheNetwork();
    const offline = renderApp('/prescriptions/rx-fz-03');
    // After the client's one quiet retry.
    expect(await screen.findByTestId('pickup-code')).toHaveTextContent(code);
    expect(screen.getByRole('link', { name: pharmacyName })).toBeInTheDocument();
    expect(screen.getByText(/^离线显示 · 更新于 \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(screen.queryByText('处方加载失败')).toBeNull();
    offline.unmount();
    renderApp('/prescriptions');
    expect(await screen.findByText(/^离线显示 · 更新于 \d{2}:\d{2}$/)).toBeInTheDocument();
    expect(screen.getAllByText('已流转药店')).not.toHaveLength(0);

    // What every sign-out runs (by hand, after the idle timeout, or when the session ended).
    resetAllStores();
    expect(storedText()).not.toContain(code);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('ybt.offline.'))).toEqual([]);
  });
});

describe('pharmacy split', () => {
  it('follows the rules module and pays restricted drugs in cash', () => {
    const split = pharmacySplit(
      {
        id: 'rx',
        institutionLevel: 3,
        items: [
          {
            code: 'a',
            name: 'a',
            spec: '',
            quantity: 1,
            unit: '盒',
            usage: '',
            days: 1,
            unitPriceFen: 10_000,
            amountFen: 10_000,
            catalogueClass: '甲',
            poolingEligible: true,
            restricted: null,
          },
          {
            code: 'b',
            name: 'b',
            spec: '',
            quantity: 1,
            unit: '盒',
            usage: '',
            days: 1,
            unitPriceFen: 500,
            amountFen: 500,
            catalogueClass: '甲',
            poolingEligible: false,
            restricted: 'psychotropic',
          },
        ],
      },
      {
        scheme: 'employee',
        status: 'retired',
        enrolment: 'unit',
        policyId: 'sx-pharmacy-2023',
        regionCode: '140100',
        regionName: '太原市',
        personalAccountBalanceFen: 0,
        contributionBaseFen: null,
      },
      Date.parse('2026-11-24T10:00:00+08:00'),
    );
    // Shanxi: 30 元 deductible, then 65 % for retirees: (100 − 30) × 65 % = 45.50 元.
    expect(split).toEqual({
      fundFen: 4_550,
      accountFen: 0,
      cashFen: 5_450 + 500,
      notPooledFen: 500,
      zeroFundReason: null,
    });
    expect(chinaDateOf(Date.parse('2026-11-24T23:30:00+08:00'))).toBe('2026-11-24');
  });
});
