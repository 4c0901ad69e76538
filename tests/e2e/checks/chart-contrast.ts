// Charts and process diagrams are drawn in the theme's colours, which axe does not check inside SVG:
// every text must reach 4.5:1 against what lies behind it, and bars and boxes 3:1 against the page
// (WCAG 1.4.3 and 1.4.11). The every-page spec runs these in the light and the dark theme.
import { expect, type Page } from '@playwright/test';

/** Every category colour the stylesheet defines, whether or not a chart on some page uses it yet, reaches 3:1 against the page. */
export async function expectCategoryColoursContrast(page: Page): Promise<void> {
  const result = await page.evaluate(() => {
    const names = new Set<string>();
    const collect = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) for (const prop of rule.style) if (prop.startsWith('--diagram-farg-')) names.add(prop);
        if ('cssRules' in rule && !(rule instanceof CSSStyleRule)) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    const probe = document.createElement('canvas').getContext('2d')!;
    const rgb = (css: string): [number, number, number] => {
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
      return [r, g, b];
    };
    const luminance = ([r, g, b]: number[]) => {
      const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    };
    const figure = document.querySelector('figure.diagram')!;
    let bgCss = 'rgb(255, 255, 255)';
    for (let e: Element | null = figure; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') {
        bgCss = c;
        break;
      }
    }
    const bg = luminance(rgb(bgCss));
    const root = getComputedStyle(document.documentElement);
    return [...names].sort().map((name) => {
      const colour = root.getPropertyValue(name).trim();
      const l = luminance(rgb(colour));
      const [hi, lo] = [l, bg].sort((a, b) => b - a);
      return { name, colour, ratio: (hi + 0.05) / (lo + 0.05) };
    });
  });
  // Six category colours and the total's colour.
  expect(result.map((r) => r.name)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `--diagram-farg-${n}`).concat('--diagram-farg-totalt'));
  for (const r of result) expect(r.ratio, `${r.name} ${r.colour}`).toBeGreaterThanOrEqual(3);
}

/** Every text in a chart or process diagram reaches 4.5:1 against what lies behind it, every bar and box 3:1 against the page. */
export async function expectChartContrast(page: Page): Promise<void> {
  const findings = await page.evaluate(() => {
    type Rgb = [number, number, number];
    const probe = document.createElement('canvas').getContext('2d')!;
    /** Any CSS colour → sRGB, composited over `under` when it is translucent. */
    const rgb = (css: string, under: Rgb = [255, 255, 255]): Rgb | null => {
      if (!css || css === 'none' || css === 'transparent') return null;
      probe.clearRect(0, 0, 1, 1);
      probe.fillStyle = css;
      probe.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = probe.getImageData(0, 0, 1, 1).data;
      if (a === 0) return null;
      const k = a / 255;
      return [r * k + under[0] * (1 - k), g * k + under[1] * (1 - k), b * k + under[2] * (1 - k)];
    };
    const luminance = ([r, g, b]: Rgb) => {
      const c = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const pageBackground = (el: Element): Rgb => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c) return c;
      }
      return rgb(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255];
    };
    const out: string[] = [];
    let checked = 0;
    for (const svg of document.querySelectorAll('.diagram-bild svg, .process-bild svg')) {
      const bg = pageBackground(svg);
      const shapes = [...svg.querySelectorAll('rect')];
      for (const text of svg.querySelectorAll('text')) {
        if (!text.textContent?.trim()) continue;
        const box = text.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        // The filled shape the text sits on, if any; otherwise the page.
        const under = shapes
          .filter((r) => {
            const b = r.getBoundingClientRect();
            return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom && rgb(getComputedStyle(r).fill, bg);
          })
          .pop();
        const behind = under ? rgb(getComputedStyle(under).fill, bg)! : bg;
        const fill = rgb(getComputedStyle(text).fill, behind);
        checked++;
        if (!fill) out.push(`text "${text.textContent}" has no fill`);
        else if (ratio(fill, behind) < 4.5) out.push(`text "${text.textContent}": ${ratio(fill, behind).toFixed(2)}:1`);
      }
      for (const shape of shapes) {
        const style = getComputedStyle(shape);
        // A box is seen by its outline when it has one, a bar by its fill.
        const edge = rgb(style.stroke !== 'none' ? style.stroke : style.fill, bg);
        checked++;
        if (edge && ratio(edge, bg) < 3)
          out.push(`${shape.getAttribute('class') ?? 'rect'}: ${ratio(edge, bg).toFixed(2)}:1 against the page`);
      }
    }
    return { out, checked };
  });
  expect(findings.checked).toBeGreaterThan(0);
  expect(findings.out, findings.out.join('\n')).toEqual([]);
}
