import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { i18n } from '@/lib/i18n';
import { QueryState } from './query-state';

const notFound = { text: '找不到这家药店', backTo: '/pharmacies', backLabel: '返回药店列表' };

function renderState(
  query: { data: string | undefined; error: unknown; isError: boolean },
  extra: { keepDataOnError?: boolean; fallback?: (error: unknown) => string | null } = {},
) {
  const refetch = vi.fn();
  render(
    <MemoryRouter>
      <QueryState
        query={{ ...query, refetch }}
        notFound={notFound}
        errorTitle="加载失败"
        {...extra}
      >
        {(data) => <p>{data}</p>}
      </QueryState>
    </MemoryRouter>,
  );
  return refetch;
}

describe('QueryState', () => {
  it('shows a skeleton while there is nothing yet', () => {
    renderState({ data: undefined, error: null, isError: false });
    expect(screen.getByRole('status', { name: i18n.t('app.loading') })).toBeInTheDocument();
  });

  it('shows the data once it is there', () => {
    renderState({ data: '同仁堂', error: null, isError: false });
    expect(screen.getByText('同仁堂')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says a 404 is not there and links back, with no retry', () => {
    renderState({
      data: undefined,
      error: new ApiError('http', { status: 404, code: 'NOT_FOUND' }),
      isError: true,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('找不到这家药店');
    expect(screen.getByRole('link', { name: '返回药店列表' })).toHaveAttribute(
      'href',
      '/pharmacies',
    );
    expect(screen.queryByRole('button', { name: i18n.t('errors.retry') })).not.toBeInTheDocument();
  });

  it('offers a retry for any other failure', async () => {
    const refetch = renderState({
      data: undefined,
      error: new ApiError('network'),
      isError: true,
    });
    expect(screen.getByRole('heading', { name: '加载失败' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: i18n.t('errors.retry') }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('lets a saved copy stand in for the error', () => {
    renderState(
      { data: undefined, error: new ApiError('offline'), isError: true },
      { fallback: () => '上次的取药码' },
    );
    expect(screen.getByText('上次的取药码')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '加载失败' })).not.toBeInTheDocument();
  });

  it('keeps the last data on a failed refetch only when asked to', () => {
    renderState(
      { data: '同仁堂', error: new ApiError('offline'), isError: true },
      { keepDataOnError: true },
    );
    expect(screen.getByText('同仁堂')).toBeInTheDocument();
  });
});
