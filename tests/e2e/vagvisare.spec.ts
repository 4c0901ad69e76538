// The vägvisare on the built site: every path of every guide walked from its start page by links
// alone with JavaScript off (and back again with the back button), every question and outcome page
// naming its source, outcome pages listing the answers given with working "Ändra" links, printing
// them for board papers, the keyboard, and search finding a guide (axe and 320 px on every guide
// page: every-page.spec.ts).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allPages } from './helpers';
import { topResults } from './search-helpers';

const guidePages = allPages().filter((p) => p.startsWith('/vagvisare/'));
const startPages = guidePages.filter((p) => /^\/vagvisare\/[^/]+\/$/.test(p));
const stepPage = (p: string) => /^\/vagvisare\/[^/]+\/.+\/$/.test(p);

test('there are guides, each with question and outcome pages', () => {
  expect(startPages.length).toBeGreaterThanOrEqual(3);
  for (const start of startPages) expect(guidePages.filter((p) => p.startsWith(start) && p !== start).length).toBeGreaterThan(2);
});

/** The page lists its sources; a question or outcome also cites one in its text, as a numbered note. */
async function expectSource(page: Page, { cited = true } = {}) {
  if (cited) {
    await expect(page.locator('main sup.not a').first()).toBeVisible();
    const notes = page.getByRole('region', { name: 'Noter' });
    await expect(notes).toBeVisible();
    await expect(notes.getByRole('listitem').first()).toContainText(/(Försäkringskassans analys|ESF\+-rapport) \d{4}/);
  }
  const sources = page.getByRole('region', { name: 'Källor' });
  await expect(sources).toBeVisible();
  expect(await sources.getByRole('listitem').count()).toBeGreaterThan(0);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const start of startPages) {
    test(`every path of ${start} reaches an outcome by links alone, and back`, async ({ page }) => {
      test.setTimeout(180_000);
      const outcomes = new Set<string>();
      const visited = new Set<string>();
      const path = (url: string) => new URL(url).pathname;

      // Depth first: answer, walk on, then the back button must return to the same question.
      const walk = async (depth: number): Promise<void> => {
        const here = path(page.url());
        visited.add(here);
        const kind = await page.locator('[data-vagvisare]').getAttribute('data-vagvisare');
        await expectSource(page);
        if (kind === 'utfall') {
          outcomes.add(here);
          // The answers that led here are listed, one per question passed, each with a link back.
          await expect(page.locator('.vagvisare-givna dt')).toHaveCount(depth);
          await expect(page.locator('.vagvisare-andra a')).toHaveCount(depth);
          await expect(page.getByRole('heading', { level: 2, name: 'Vad svaret bygger på' })).toBeVisible();
          await expect(page.locator('[data-grund] li').first()).toBeVisible();
          await expect(page.getByRole('heading', { level: 2, name: 'Läs mer i vägledningen' })).toBeVisible();
          return;
        }
        expect(kind).toBe('fraga');
        await expect(page.getByRole('heading', { level: 2, name: 'Svarsalternativ' })).toBeAttached();
        const answers = page.locator('.vagvisare-svar a');
        const count = await answers.count();
        expect(count, `${here} offers answers`).toBeGreaterThanOrEqual(2);
        for (let i = 0; i < count; i++) {
          await answers.nth(i).click();
          await page.waitForURL((u) => u.pathname !== here);
          await walk(depth + 1);
          await page.goBack();
          expect(path(page.url())).toBe(here);
        }
      };

      await page.goto(start);
      await expectSource(page, { cited: false });
      await page.getByRole('link', { name: /^Börja/ }).click();
      await walk(0);
      // Every question and outcome page the build made for this guide was reached by clicking.
      expect([...visited].sort()).toEqual(guidePages.filter((p) => p.startsWith(start) && stepPage(p)).sort());
      expect(outcomes.size).toBeGreaterThanOrEqual(2);
    });
  }

  test('"Ändra" on an outcome page goes back to that question, on the same path', async ({ page }) => {
    const outcome = guidePages.filter(stepPage).sort((a, b) => b.split('/').length - a.split('/').length)[0];
    await page.goto(outcome);
    const questions = await page.locator('.vagvisare-givna dt').allInnerTexts();
    const last = questions.length - 1;
    await page.locator('.vagvisare-andra a').nth(last).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[last]);
    // The earlier answers are kept: the question page lists them.
    await expect(page.locator('.vagvisare-givna dt')).toHaveCount(last);
  });
});

test('an outcome page prints with the answers given and the sources, without the links to change them', async ({ page }) => {
  const outcome = guidePages.filter(stepPage).find((p) => p.endsWith('/inom-individ/'))!;
  await page.goto(outcome);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.vagvisare-givna dd.vagvisare-givet').first()).toBeVisible();
  await expect(page.locator('.vagvisare-andra').first()).toBeHidden();
  await expect(page.getByRole('region', { name: 'Källor' })).toBeVisible();
  await expect(page.locator('.vagvisare-utskrift-adress')).toContainText(outcome);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.vagvisare-utskrift-adress')).toBeHidden();
});

test('a question about financing debt counselling finds the guide', async ({ page }) => {
  const { results } = await topResults(page, 'får vi finansiera skuldrådgivning');
  expect(results.slice(0, 3)).toContain('/vagvisare/finansiera-insats/');
});

test('a guide can be followed with the keyboard alone', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(startPages[0]);
  const press = async (name: RegExp) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      if (name.test(text)) {
        const before = page.url();
        await page.keyboard.press('Enter');
        await page.waitForURL((u) => u.href !== before);
        return;
      }
    }
    throw new Error(`no focusable link matching ${name} on ${page.url()}`);
  };
  await press(/^Börja/);
  // Always the first answer, until an outcome.
  while ((await page.locator('[data-vagvisare]').getAttribute('data-vagvisare')) === 'fraga') {
    const first = (await page.locator('.vagvisare-svar a').first().innerText()).trim();
    await press(new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }
  await expect(page.locator('.vagvisare-etikett')).toBeVisible();
});

// Axe and 320 px on every guide page: every-page.spec.ts, which checks every page at 320 px and runs
// axe there on the guide pages.
