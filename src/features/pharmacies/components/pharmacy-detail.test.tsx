import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installManualClock } from '@mocks/clock';
import { toBd09, toGcj02 } from '@/lib/map-links';
import { renderApp } from '@/test/render-app';

// 23:30 China time; the test's own zone is whatever the machine's is.
const LATE_EVENING_MS = Date.parse('2026-11-24T23:30:00+08:00');

describe('pharmacy detail', () => {
  it.each([
    ['ph-092988', '已打烊', '每日 08:30–20:00'],
    ['ph-067202', '营业中', '每日 08:00–次日02:00'],
    ['ph-025729', '营业中', '24小时营业'],
    ['ph-018735', '营业时间未公布', '药店未公布营业时间，请致电确认'],
  ])('%s at 23:30 China time: %s, %s', async (id, status, hours) => {
    installManualClock(LATE_EVENING_MS);
    renderApp(`/pharmacies/${id}`);
    expect(await screen.findByText(status)).toBeInTheDocument();
    expect(screen.getByText(hours)).toBeInTheDocument();
  });

  it('links to map apps with converted coordinates and to the phone', async () => {
    renderApp('/pharmacies/ph-092988');
    const amap = await screen.findByRole('link', { name: '高德地图' });
    const href = amap.getAttribute('href') ?? '';
    const position = new URL(href).searchParams.get('position') ?? '';
    const [lng, lat] = position.split(',').map(Number);
    const heading = screen.getByRole('heading', { level: 2, name: /鹭燕/ });
    expect(heading).toBeInTheDocument();
    // Fuzhou WGS-84 → GCJ-02 moves the point a few hundred metres (about 0.005° east).
    const gcj = toGcj02(26.085, 119.296);
    expect(gcj.lng - 119.296).toBeGreaterThan(0.003);
    expect(Math.abs((lng ?? 0) - 119.3)).toBeLessThan(0.05);
    expect(Math.abs((lat ?? 0) - 26.08)).toBeLessThan(0.05);
    const baidu = screen.getByRole('link', { name: '百度地图' }).getAttribute('href') ?? '';
    expect(baidu).toContain('coord_type=bd09ll');
    expect(screen.getByRole('link', { name: /拨打 0591-/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^tel:0591-\d+$/),
    );
  });

  it('says clearly when the pharmacy does not exist', async () => {
    renderApp('/pharmacies/ph-999999');
    expect(await screen.findByRole('alert')).toHaveTextContent('找不到这家药店');
    expect(screen.getByRole('link', { name: '返回药店列表' })).toHaveAttribute(
      'href',
      '/pharmacies',
    );
  });
});

describe('map links', () => {
  it('convert WGS-84 to GCJ-02 and BD-09 with gcoord', async () => {
    const { mapLinks } = await import('@/lib/map-links');
    const links = mapLinks(26.085, 119.296, '药店 & 名');
    const gcj = toGcj02(26.085, 119.296);
    const bd = toBd09(26.085, 119.296);
    expect(links.amap).toContain(`position=${gcj.lng.toFixed(6)},${gcj.lat.toFixed(6)}`);
    expect(links.apple).toContain(`ll=${gcj.lat.toFixed(6)},${gcj.lng.toFixed(6)}`);
    expect(links.baidu).toContain(`location=${bd.lat.toFixed(6)},${bd.lng.toFixed(6)}`);
    // BD-09 is GCJ-02 shifted again (about 0.0065° east, 0.006° north).
    expect(bd.lng - gcj.lng).toBeGreaterThan(0.005);
    expect(links.amap).toContain(encodeURIComponent('药店 & 名'));
  });
});
