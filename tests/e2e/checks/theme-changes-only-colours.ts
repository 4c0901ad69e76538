// In the dark theme axe runs only the rules that read colours (COLOUR_RULES in ./axe.ts), since
// every other rule reads what the theme must leave alone: the document (elements, attributes, text)
// and what is shown where (display, visibility, opacity, boxes, scrolling). This check holds that on
// every page, so the shortcut can never hide a fault: if a theme ever shows, hides, moves or rewrites
// anything, it fails and names the element, and the dark theme then needs the full axe run again.
import { expect, type Page } from '@playwright/test';

/** What axe's non-colour rules see on the page as it is now, with every <details> open (as ./axe.ts runs). */
export async function whatAxeSeesBesidesColour(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Transitions that opening starts (a turning marker) are read at their end, in both themes alike.
    const settle = () => document.getAnimations().forEach((a) => a instanceof CSSTransition && a.finish());
    const closed = [...document.querySelectorAll('details')].filter((d) => !d.open);
    closed.forEach((d) => (d.open = true));
    settle();
    try {
      // FNV-1a over the document, without the attribute that names the theme.
      const html = document.documentElement;
      const attributes = [...html.attributes].filter((a) => a.name !== 'data-theme').map((a) => `${a.name}=${a.value}`);
      // The table of contents marks the heading in view as the page settles (aria-current, and the
      // phone's line naming it): that follows scrolling, not the theme, and raced with the switch.
      const body = document.body.outerHTML
        .replace(/ aria-current="(true|false)"/g, '')
        .replace(/(<span class="display-current[^"]*"[^>]*>)[^<]*(<\/span>)/g, '$1$2');
      const text = `${attributes.join(' ')}\n${document.head.outerHTML}\n${body}`;
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      const lines = [`document ${(h >>> 0).toString(16)} (${text.length} characters)`];
      const round = (n: number) => Math.round(n);
      [...document.querySelectorAll('body, body *')].forEach((el, i) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const id = `${i} ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
        // Scrolled content counts only in a box that scrolls (or clips), as axe's scrollable-region rule reads it.
        const scroller = s.overflowX !== 'visible' || s.overflowY !== 'visible';
        lines.push(
          `${id} ${s.display} ${s.visibility} ${s.opacity} ${s.contentVisibility} ${s.clipPath} ${s.overflowX}/${s.overflowY}` +
            ` ${round(r.x + scrollX)},${round(r.y + scrollY)} ${round(r.width)}×${round(r.height)}` +
            (scroller ? ` scroll ${el.scrollWidth}×${el.scrollHeight}` : ''),
        );
      });
      return lines;
    } finally {
      closed.forEach((d) => (d.open = false));
      settle();
    }
  });
}

/** The dark theme (`dark`) changes nothing but colours from the light one (`light`). */
export function expectOnlyColoursChanged(light: string[], dark: string[]): void {
  expect(dark.length, 'the dark theme has as many elements as the light one').toBe(light.length);
  const changed = dark.flatMap((line, i) => (line === light[i] ? [] : [`  light: ${light[i]}\n  dark:  ${line}`]));
  expect(
    changed.slice(0, 10),
    `the dark theme changes more than colours, so axe must run every rule in it (checks/axe.ts):\n${changed.slice(0, 10).join('\n')}`,
  ).toEqual([]);
}
