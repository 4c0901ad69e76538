// Every page of a vägvisare, enumerated at build time. A page's address is the guide, the ids of
// the answers given so far and the current step: /vagvisare/<guide>/<svar>/<svar>/<steg>/. The
// answers are in the address, so an outcome page can list them (each with a link to change it)
// while the site stays static, and every step can be bookmarked and reached with the back button.
import { pagePath } from '../url.ts';
import { isFraga, type Fraga, type Steg, type Vagvisare } from './model.ts';

export interface GivetSvar {
  fraga: Fraga;
  svar: string;
  /** The page of that question on this path, where the answer can be changed. */
  andraSida: string;
}

export interface VagvisarSida {
  /** Address without the base: /vagvisare/<guide>/…/<steg>/ */
  sida: string;
  /** The part after /vagvisare/, as Astro's rest parameter wants it. */
  segment: string;
  steg: Steg;
  givna: GivetSvar[];
}

export const guideHref = (guideId: string) => pagePath(`vagvisare/${guideId}`);

/** Every question and outcome page reachable from the start, in walking order. Assumes a checked guide. */
export function guidePages(guideId: string, guide: Vagvisare): VagvisarSida[] {
  const byId = new Map(guide.steg.map((s) => [s.id, s]));
  const pages: VagvisarSida[] = [];
  const visit = (id: string, answerIds: string[], givna: GivetSvar[]) => {
    const steg = byId.get(id);
    if (!steg) return;
    const segment = [guideId, ...answerIds, id].join('/');
    const sida = pagePath(`vagvisare/${segment}`);
    pages.push({ sida, segment, steg, givna });
    if (!isFraga(steg)) return;
    for (const a of steg.svar) {
      visit(a.till, [...answerIds, a.id], [...givna, { fraga: steg, svar: a.text, andraSida: sida }]);
    }
  };
  visit(guide.start, [], []);
  return pages;
}

/** The address an answer on a question page leads to. */
export function answerHref(page: VagvisarSida, guideId: string, answerId: string, till: string): string {
  const answered = page.segment.split('/').slice(1, -1);
  return pagePath(['vagvisare', guideId, ...answered, answerId, till].join('/'));
}
