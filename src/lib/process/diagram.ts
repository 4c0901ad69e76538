// Draws a process (an ordered list of steps) as a vertical flow of boxes and arrows in SVG. The
// diagram is drawn from the same steps as the visible ordered list beside it, so the two cannot
// disagree; steps that happen outside the förbund get a dashed border and a written label, so the
// difference never rests on colour alone.
import { escapeHtml } from '../search/highlight.ts';

export interface ProcessStep {
  rubrik: string;
  /** Who does the step, already as names. */
  vem: string[];
  inomForbundet: boolean;
}

export interface ProcessText {
  labelledBy: string;
  describedBy: string;
  /** Prefix for the "who" line, e.g. "Vem:". */
  who: string;
  /** Label on steps outside the förbund, e.g. "Utanför förbundet". */
  outside: string;
}

// Drawn for a phone, like the charts (src/lib/charts/plot.ts): 360 units wide with 16-unit text and
// shown at most 360 px wide (site.css), the text reads at 12.8 px on a 320 px screen and 16 px on a
// wide one. Drawn 640 wide, it had shrunk to 6 px on a phone; with 14-unit text, to 11.2 px.
const WIDTH = 360;
const BOX_X = 2;
const BOX_WIDTH = WIDTH - 2 * BOX_X;
const LINE = 21;
const PAD = 10;
const GAP = 26;
const CHARS_PER_LINE = 30;

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function renderProcessDiagram(steps: ProcessStep[], text: ProcessText): string {
  let y = 10;
  const parts: string[] = [];
  steps.forEach((step, i) => {
    const title = wrapText(`${i + 1}. ${step.rubrik}`, CHARS_PER_LINE);
    const extra = [
      ...(step.vem.length ? wrapText(`${text.who} ${step.vem.join(', ')}`, CHARS_PER_LINE + 4) : []),
      ...(step.inomForbundet ? [] : [text.outside]),
    ];
    const height = PAD * 2 + (title.length + extra.length) * LINE;
    const kind = step.inomForbundet ? 'steg-inom' : 'steg-utanfor';
    parts.push(`<g class="steg ${kind}">`);
    parts.push(`<rect x="${BOX_X}" y="${y}" width="${BOX_WIDTH}" height="${height}" rx="6" />`);
    let ty = y + PAD + 16;
    for (const [j, line] of title.entries()) {
      parts.push(
        `<text x="${BOX_X + PAD}" y="${ty}" class="steg-rubrik"${j > 0 ? ' data-fortsattning=""' : ''}>${escapeHtml(line)}</text>`,
      );
      ty += LINE;
    }
    for (const line of extra) {
      parts.push(`<text x="${BOX_X + PAD}" y="${ty}" class="steg-vem">${escapeHtml(line)}</text>`);
      ty += LINE;
    }
    parts.push('</g>');
    y += height;
    if (i < steps.length - 1) {
      const cx = WIDTH / 2;
      parts.push(
        `<path class="steg-pil" d="M${cx},${y + 2} V${y + GAP - 8} M${cx - 6},${y + GAP - 14} L${cx},${y + GAP - 6} L${cx + 6},${y + GAP - 14}" />`,
      );
      y += GAP;
    }
  });
  const height = y + 10;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" ` +
    `aria-labelledby="${text.labelledBy}" aria-describedby="${text.describedBy}" class="process-svg">${parts.join('')}</svg>`
  );
}
