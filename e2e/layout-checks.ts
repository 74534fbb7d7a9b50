import type { Page } from '@playwright/test';

/**
 * What the layout sweep checks on a screen as it stands: nothing scrolls sideways and every tap
 * target is at least `min` px each way (inline links in a sentence exempt, WCAG 2.5.8; the map's
 * markers too, whose equivalent is the list). Shared so a spec can check a state that a route
 * visit never reaches (the counter's bill).
 */
export async function measureLayout(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1)
      out.push(`scrolls sideways: ${doc.scrollWidth} > ${window.innerWidth}`);
    const describe = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ');
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${name.slice(0, 30)}"`;
    };
    const targets = document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=tab]',
    );
    for (const el of targets) {
      if (el.closest('.leaflet-container')) continue;
      if (el.classList.contains('skip-link')) continue;
      let box: Element = el;
      // A radio or checkbox is tapped through its label.
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
        box = el.closest('label') ?? el;
      }
      const style = getComputedStyle(box);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const r = box.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // A link inside a sentence is exempt: enlarging it would break the line.
      if (el.tagName === 'A') {
        const parent = el.parentElement;
        const inline = getComputedStyle(el).display === 'inline';
        const parentText = (parent?.textContent ?? '').trim();
        const ownText = (el.textContent ?? '').trim();
        if (inline && parent && parentText.length > ownText.length) continue;
      }
      if (r.width < minPx - 0.5 || r.height < minPx - 0.5)
        out.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${describe(el)}`);
    }
    return out;
  }, min);
}
