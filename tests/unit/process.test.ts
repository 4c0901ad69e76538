import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderProcessDiagram, wrapText } from '../../src/lib/process/diagram.ts';

const text = { labelledBy: 't', describedBy: 'l', who: 'Vem:', outside: 'Utanför förbundet' };

test('wrapText breaks at spaces within the limit', () => {
  assert.deepEqual(wrapText('ett två tre fyra', 7), ['ett två', 'tre', 'fyra']);
});

test('the diagram draws every step in order, numbered, and labels steps outside the förbund in words', () => {
  const svg = renderProcessDiagram(
    [
      { rubrik: 'Kartlägg behov', vem: ['Beredningsgruppen'], inomForbundet: true },
      { rubrik: 'Ansök om medel <ESF+>', vem: [], inomForbundet: false },
    ],
    text,
  );
  const titles = [...svg.matchAll(/class="steg-rubrik">([^<]+)</g)].map((m) => m[1]);
  assert.deepEqual(titles, ['1. Kartlägg behov', '2. Ansök om medel &lt;ESF+&gt;']);
  assert.match(svg, /class="steg-vem">Vem: Beredningsgruppen</);
  assert.match(svg, /class="steg steg-utanfor">.*Utanför förbundet/);
  assert.equal((svg.match(/class="steg-pil"/g) ?? []).length, 1);
  assert.match(svg, /role="img" aria-labelledby="t" aria-describedby="l"/);
});
