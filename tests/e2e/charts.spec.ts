import { expect, test } from './fixtures';

test('every chart on /statistik/ is a named image with a table of the same values', async ({ page }) => {
  await page.goto('/statistik/');
  const figures = page.locator('figure.diagram');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    const svg = figure.locator('svg[role="img"]');
    const title = (await figure.locator('.diagram-titel').textContent())?.trim();
    expect(title).toBeTruthy();
    // The accessible name comes from the chart's title.
    await expect(svg).toHaveAccessibleName(title as string);
    await expect(svg).toHaveAccessibleDescription(/.{20,}/);
    // Every bar label in the chart is a value in the table.
    const barLabels = await svg.locator('.diagram-varde text').allTextContents();
    // A cell reads as the figure, then its share or mark in brackets: "1 021 (45 %)", "82 (beräknad)".
    const cells = await figure.locator('table td').allTextContents();
    const tableValues = new Set(cells.map((cell) => cell.replace(/\s*\(.*$/s, '').trim()).filter((cell) => /^\d/.test(cell)));
    const drawn = barLabels.map((l) => l.replace(/\s*\(beräknad\)$/, '').trim()).filter((l) => /^\d/.test(l));
    expect(drawn.length).toBeGreaterThan(0);
    for (const label of drawn) expect(tableValues, `${title}: ${label}`).toContain(label);
    await expect(figure.getByRole('link', { name: /som CSV-fil/ })).toHaveAttribute('href', /\.csv$/);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/statistik/ still shows its charts and tables', async ({ page }) => {
    await page.goto('/statistik/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistik');
    await expect(page.locator('figure.diagram svg[role="img"]').first()).toBeVisible();
    await page.locator('figure.diagram summary').first().click();
    await expect(page.locator('figure.diagram table').first()).toBeVisible();
  });
});

test('a CSV download holds the series under plain Swedish headers, in UTF-8 with the BOM Excel needs for å, ä and ö', async ({
  request,
}) => {
  const response = await request.get('/statistik/antal-forbund.csv');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = body.subarray(3).toString('utf8').trimEnd().split('\r\n');
  expect(header.split(';')).toEqual([
    'Serie',
    'År',
    'Kategori',
    'Värde',
    'Andel (procent)',
    'Enhet',
    'Källa',
    'Var i källan',
    'Tidpunkt',
    'Beräknat värde: så har det räknats (tomt när värdet står i källan)',
  ]);
  // Every row has a cell for every column (a quoted cell may hold a semicolon), so a program reads it by position.
  const cells = (row: string) => row.replace(/"(?:[^"]|"")*"/g, 'x').split(';');
  for (const row of rows) expect(cells(row), row).toHaveLength(10);
  expect(rows).toContainEqual(expect.stringMatching(/^antal-forbund;2017;Totalt;82;/));
});

// Notes under charts naming only charts on the same page: checked on every page with charts by
// every-page.spec.ts (checks/chart-notes.ts).

test('a pointer to a chart that is not on the page is left out', async ({ page }) => {
  // insatser-per-typ points to insatser-per-typ-andel, which no page shows: no pointer anywhere.
  await page.goto('/statistik/');
  await expect(page.locator('#diagram-insatser-per-typ .diagram-relaterad')).toHaveCount(0);
});

test("a chart's sources are folded behind a summary that counts them, open on paper", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/statistik/');
  const folds = page.locator('figure.diagram details.diagram-kallor');
  expect(await folds.count()).toBe(await page.locator('figure.diagram').count());
  for (const fold of await folds.all()) {
    const lines = fold.locator('li');
    // A line covers one year ("2017: …") or years in a row with the same places ("2016–2021: …").
    const spans = (await lines.allTextContents()).map((l) => l.trim().match(/^(\d{4})(?:–(\d{4}))?:/)!);
    const n = spans.reduce((sum, [, from, to]) => sum + (to ? Number(to) - Number(from) + 1 : 1), 0);
    await expect(fold.locator('summary')).toHaveText(n === 1 ? /^Källor för diagrammet \(\d{4}\)$/ : `Källor för diagrammet (${n} år)`);
    await expect(lines.first()).toBeHidden();
  }
  // The longest list (six years) takes one line on a phone until the reader opens it.
  const longest = folds.filter({ hasText: '(6 år)' }).first();
  expect((await longest.boundingBox())!.height).toBeLessThan(60);
  await longest.locator('summary').click();
  await expect(longest.locator('li').last()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const fold of await folds.all()) await expect(fold.locator('li').first()).toBeVisible();
});

test("a chart's notes on its figures are folded behind a summary that counts them, open on paper", async ({ page }) => {
  await page.goto('/statistik/');
  const folds = page.locator('figure.diagram details.diagram-om-siffrorna');
  expect(await folds.count()).toBeGreaterThan(0);
  for (const fold of await folds.all()) {
    const n = await fold.locator('li').count();
    await expect(fold.locator('summary')).toHaveText(n === 1 ? 'Om siffrorna (1 anmärkning)' : `Om siffrorna (${n} anmärkningar)`);
    await expect(fold.locator('li').first()).toBeHidden();
  }
  await page.emulateMedia({ media: 'print' });
  for (const fold of await folds.all()) await expect(fold.locator('li').first()).toBeVisible();
});

test.describe('without JavaScript, a chart', () => {
  test.use({ javaScriptEnabled: false });
  test('opens its sources from the summary', async ({ page }) => {
    await page.goto('/statistik/');
    const fold = page.locator('figure.diagram details.diagram-kallor').first();
    await fold.locator('summary').click();
    await expect(fold.locator('li').first()).toBeVisible();
  });
});

test('where a series spans the change of reporting system, the years after it are marked on the bars and in the table, as the warning says', async ({
  page,
}) => {
  await page.goto('/statistik/');
  const figures = page.locator('figure.diagram');
  let marked = 0;
  for (const figure of await figures.all()) {
    const warned = (await figure.locator('.diagram-varning', { hasText: 'Jämför med försiktighet.' }).count()) > 0;
    const rowYears = await figure.locator('tbody th[scope="row"]').allTextContents();
    const drawn = await figure.locator('svg text').allTextContents();
    for (const label of rowYears) {
      const year = Number(label.slice(0, 4));
      const expected = warned && year >= 2023 ? `${year} (nytt system)` : String(year);
      expect(label, (await figure.locator('.diagram-titel').textContent()) ?? '').toBe(expected);
      // The chart names the year the same way, as a bar or a year heading.
      if (drawn.some((t) => t.startsWith(String(year)))) expect(drawn).toContain(expected);
    }
    if (warned) {
      await expect(figure.locator('.diagram-varning', { hasText: 'Jämför med försiktighet.' })).toContainText(
        'I diagrammet och tabellen är åren från 2023 märkta ”nytt system”.',
      );
      marked++;
    }
  }
  expect(marked).toBeGreaterThan(0);
  // The drop in insatser from 2021 to 2023: the 2023 and 2025 bars carry the mark, 2021 does not.
  const insatser = page.locator('#diagram-insatser-per-typ svg');
  await expect(insatser.getByText('2023 (nytt system)', { exact: true })).toHaveCount(1);
  await expect(insatser.getByText('2025 (nytt system)', { exact: true })).toHaveCount(1);
  await expect(insatser.getByText('2021', { exact: true })).toHaveCount(1);
});
