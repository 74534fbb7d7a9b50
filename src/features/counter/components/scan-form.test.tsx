import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { CQ_HOSPITAL, issueCode, renderCounter, signInPerson } from '@/test/counter-fixtures';
import { ScanForm } from './scan-form';

const VISITS = 'http://localhost/api/counter/visits';

function setup() {
  const onOpened = vi.fn();
  renderCounter(<ScanForm institutionId={CQ_HOSPITAL} onOpened={onOpened} />);
  const field = screen.getByRole('textbox', { name: '医保码内容' });
  const submit = screen.getByRole('button', { name: '读取医保码' });
  return { onOpened, field, submit, user: userEvent.setup() };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'onLine');
});

describe('the counter scan form', () => {
  it('opens a visit from a pasted code, whitespace and all', async () => {
    const code = await issueCode(signInPerson());
    const { onOpened, field, submit, user } = setup();
    await user.click(field);
    await user.paste(`  ${code}\n`);
    await user.click(submit);
    await waitFor(() => expect(onOpened).toHaveBeenCalledOnce());
    expect(onOpened.mock.calls[0]?.[0]).toMatchObject({ holder: { name: '张*国' } });
  });

  it('says a code was already used, and keeps what was typed', async () => {
    const code = await issueCode(signInPerson());
    const { onOpened, field, submit, user } = setup();
    await user.click(field);
    await user.paste(code);
    await user.click(submit);
    await waitFor(() => expect(onOpened).toHaveBeenCalledOnce());
    // A second scan of the same code (a new intent) is refused.
    await user.type(field, ' ');
    await user.click(submit);
    expect(await screen.findByText(/这个医保码已经扫过/)).toBeVisible();
    expect(field).toHaveValue(`${code} `);
  });

  it('says an unknown code is not recognised, and keeps it', async () => {
    const { field, submit, user } = setup();
    await user.type(field, 'not-a-code');
    await user.click(submit);
    expect(await screen.findByText(/无法识别这个医保码/)).toBeVisible();
    expect(field).toHaveValue('not-a-code');
    expect(field).toHaveAccessibleDescription(/无法识别这个医保码/);
  });

  it.each([
    [410, 'VOUCHER_TOKEN_EXPIRED', /医保码已过期：请参保人刷新医保码/],
    [422, 'COUNTER_HOLDER_UNSUPPORTED', /亲情账户成员的医保码/],
  ])('says what a %i %s means', async (status, code, message) => {
    server.use(http.post(VISITS, () => HttpResponse.json({ code, message: code }, { status })));
    const { field, submit, user } = setup();
    await user.type(field, 'abc123');
    await user.click(submit);
    expect(await screen.findByText(message)).toBeVisible();
    expect(field).toHaveValue('abc123');
  });

  it('says the counter is offline, and keeps the code for a retry', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    server.use(http.post(VISITS, () => HttpResponse.error()));
    const { field, submit, user } = setup();
    await user.type(field, 'abc123');
    await user.click(submit);
    expect(await screen.findByText(/网络不可用/)).toBeVisible();
    expect(field).toHaveValue('abc123');
  });

  it('asks for a code before sending anything', async () => {
    const { onOpened, submit, user } = setup();
    await user.click(submit);
    expect(await screen.findByText('请先扫码或粘贴医保码内容')).toBeVisible();
    expect(onOpened).not.toHaveBeenCalled();
  });
});
