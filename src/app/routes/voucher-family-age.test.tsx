import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FaceCheckResult } from '@/api-contract/voucher';
import { installManualClock, now, resetClock } from '@mocks/clock';
import { transact } from '@mocks/db';
import { personas } from '@mocks/seed';
import { createSession } from '@mocks/sessions';
import { useSession } from '@/features/auth/stores/session-store';
import { checksumChar } from '@/lib/id-number';
import { emulateDeviceTimeZone } from '@/test/device-time-zone';
import { renderApp } from '@/test/render-app';

// jsdom has no camera: the face check is the part played here, by a button that records a
// passed check for the ID in the demo backend, as the real one would after a good frame.
vi.mock('@/features/voucher/components/face-capture', async () => {
  const db = await import('@mocks/db');
  const clock = await import('@mocks/clock');
  const { personas: all } = await import('@mocks/seed');
  const personId = all.find((p) => p.id === 'fz-employee')?.personId ?? '';
  return {
    FaceCapture: ({
      idNumber,
      onPassed,
    }: {
      idNumber: string;
      onPassed: (result: FaceCheckResult) => void;
    }) => (
      <button
        type="button"
        onClick={() => {
          const atMs = clock.now();
          const id = `fc-${idNumber}`;
          db.transact((tx) =>
            tx.faceChecks.insert({
              id,
              personId,
              idNumber,
              passed: true,
              reason: null,
              atMs,
              usedAtMs: null,
            }),
          );
          onPassed({ faceCheckId: id, passed: true, reason: null, validUntilMs: atMs + 300_000 });
        }}
      >
        face check passes
      </button>
    ),
  };
});

const fz = personas.find((p) => p.id === 'fz-employee');
if (!fz) throw new Error('no Fuzhou persona');

function signIn(): void {
  const { token } = transact((tx) => createSession(tx, fz?.personId ?? ''));
  useSession.getState().signIn(token);
}

function idBornOn(yyyymmdd: string): string {
  const first17 = `350102${yyyymmdd}128`;
  return first17 + checksumChar(first17);
}

/** 01:00 on 23 November in China: still the 22nd in Los Angeles. */
const CHINA_23RD_EARLY = Date.parse('2026-11-23T01:00:00+08:00');
/** 22:00 on 22 November in China: already the 23rd on Kiritimati. */
const CHINA_22ND_LATE = Date.parse('2026-11-22T22:00:00+08:00');
const LOS_ANGELES = -8 * 60;
const KIRITIMATI = 14 * 60;

afterEach(() => {
  vi.useRealTimers();
  resetClock();
});

async function openForm(user: ReturnType<typeof userEvent.setup>, name: string, id: string) {
  renderApp('/voucher/family');
  await user.click(await screen.findByRole('button', { name: '添加家人' }));
  await user.selectOptions(screen.getByLabelText('与您的关系'), 'child');
  await user.type(screen.getByLabelText('家人的真实姓名'), name);
  await user.type(screen.getByLabelText('家人的身份证号'), id);
}

async function attachGuardianDocuments(user: ReturnType<typeof userEvent.setup>) {
  await user.upload(
    screen.getByLabelText('材料照片'),
    new File([new Uint8Array([137, 80, 78, 71])], 'hukou.png', { type: 'image/png' }),
  );
  expect(await screen.findByRole('img', { name: '已选材料照片预览' })).toBeInTheDocument();
  await user.click(screen.getByRole('checkbox', { name: /本人承诺/ }));
}

describe('a member’s age counts China’s day, whatever zone the phone is in (issue 22, point 10)', () => {
  it('on a phone in Los Angeles, a member who turns 16 today in China confirms with a face check, and is added', async () => {
    vi.setSystemTime(CHINA_23RD_EARLY);
    emulateDeviceTimeZone(LOS_ANGELES);
    const user = userEvent.setup();
    signIn();
    await openForm(user, '林小山', idBornOn('20101123'));
    expect(screen.getByRole('heading', { name: '家人本人人脸识别' })).toBeInTheDocument();
    expect(
      screen.queryByRole('heading', { name: '未满 16 周岁：上传监护材料' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'face check passes' }));
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(await screen.findByText('已添加家人')).toBeInTheDocument();
    expect(screen.getByText('林*山')).toBeInTheDocument();
  });

  it('on a phone in Los Angeles, a baby born today in China is not born “after today”', async () => {
    vi.setSystemTime(CHINA_23RD_EARLY);
    emulateDeviceTimeZone(LOS_ANGELES);
    const user = userEvent.setup();
    signIn();
    await openForm(user, '林小禾', idBornOn('20261123'));
    expect(screen.queryByText('身份证号中的出生日期晚于今天，请核对')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '未满 16 周岁：上传监护材料' })).toBeInTheDocument();
    await attachGuardianDocuments(user);
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(await screen.findByText('已添加家人')).toBeInTheDocument();
  });

  it('on a phone on Kiritimati, a member whose 16th birthday is tomorrow in China still needs a guardian', async () => {
    vi.setSystemTime(CHINA_22ND_LATE);
    emulateDeviceTimeZone(KIRITIMATI);
    const user = userEvent.setup();
    signIn();
    await openForm(user, '林小山', idBornOn('20101123'));
    expect(screen.getByRole('heading', { name: '未满 16 周岁：上传监护材料' })).toBeInTheDocument();
    await attachGuardianDocuments(user);
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(await screen.findByText('已添加家人')).toBeInTheDocument();
  });

  it('when the backend counts the age otherwise (the phone’s clock is a day fast), offers the guardian path', async () => {
    vi.setSystemTime(CHINA_23RD_EARLY);
    // The backend's own clock says it is still the 22nd in China.
    installManualClock(CHINA_22ND_LATE);
    const user = userEvent.setup();
    signIn();
    await openForm(user, '林小山', idBornOn('20101123'));
    await user.click(screen.getByRole('button', { name: 'face check passes' }));
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(
      await screen.findByText(
        '医保系统按今天的日期计算，这位家人未满 16 周岁，请改为上传户口本或出生证明，并签署监护人承诺。',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '未满 16 周岁：上传监护材料' })).toBeInTheDocument();
    await attachGuardianDocuments(user);
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(await screen.findByText('已添加家人')).toBeInTheDocument();
    expect(now()).toBe(CHINA_22ND_LATE);
  });

  it('when the backend counts 16 where the phone does not, offers the face check', async () => {
    vi.setSystemTime(CHINA_22ND_LATE);
    installManualClock(CHINA_23RD_EARLY);
    const user = userEvent.setup();
    signIn();
    await openForm(user, '林小山', idBornOn('20101123'));
    await attachGuardianDocuments(user);
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(
      await screen.findByText(
        '医保系统按今天的日期计算，这位家人已满 16 周岁，需要本人进行人脸识别。',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'face check passes' }));
    await user.click(screen.getByRole('button', { name: '提交添加' }));
    expect(await screen.findByText('已添加家人')).toBeInTheDocument();
  });
});
