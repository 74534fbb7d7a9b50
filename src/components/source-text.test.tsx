import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '@/lib/i18n';
import { SourceText } from './source-text';

afterEach(async () => {
  await loadLanguage('zh-CN');
});

const SOURCE = { doc: '004', clause: '《实施细则》第四条；问答八、十' } as const;

describe('SourceText', () => {
  it('cites the clause as the document numbers it, marked as Chinese inside an English sentence', async () => {
    await loadLanguage('en-US');
    const { container } = render(<SourceText source={SOURCE} assumed={false} />);
    const line = container.querySelector('.steps__source');
    expect(line?.textContent).toMatch(
      /^Source: .*\(Yu Yibao Fa \[2023\] No\. 32\), 《实施细则》第四条；问答八、十$/,
    );
    const clause = screen.getByText('《实施细则》第四条；问答八、十');
    expect(clause).toHaveAttribute('lang', 'zh-CN');
    expect(line?.textContent).not.toContain('\u2063');
  });

  it('reads as one Chinese sentence in Chinese, the later steps by number only', async () => {
    await loadLanguage('zh-CN');
    const { container } = render(<SourceText source={SOURCE} assumed={false} short />);
    expect(container.querySelector('.steps__source')?.textContent).toBe(
      '来源：同上（渝医保发〔2023〕32号），《实施细则》第四条；问答八、十',
    );
  });
});
