// Build-time consistency checks for a statistics series. Each returns messages an editor can act
// on; an empty list means the series is consistent. The sources' own inconsistencies are kept as
// stated and pass only through an `undantag` that explains them to readers.
import { formatNumber } from '../format.ts';
import type { KallaYears, Kontroll, Serie, Varde } from './types.ts';

/** Stated shares are rounded in the sources; a difference of up to one point is rounding. */
const SHARE_TOLERANCE = 1;

const key = (v: { ar: number; kategori?: string }) => `${v.ar}/${v.kategori ?? ''}`;
const label = (v: { ar: number; kategori?: string }) => (v.kategori ? `${v.ar}, ${v.kategori}` : `${v.ar}`);

function findException(serie: Serie, kontroll: Kontroll, ar: number, kategori?: string) {
  return serie.undantag?.find((u) => u.kontroll === kontroll && u.ar === ar && (u.kategori ?? '') === (kategori ?? ''));
}

/** Every year and category is unique, known, and sourced from a report that covers that year. */
export function checkValues(serie: Serie, kallor: Map<string, KallaYears>): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  const categories = new Set((serie.kategorier ?? []).map((k) => k.id));
  for (const v of serie.varden) {
    if (seen.has(key(v))) errors.push(`värdet för ${label(v)} finns två gånger. Ta bort det ena.`);
    seen.add(key(v));
    if (v.varde === undefined && v.andel === undefined) {
      errors.push(
        `värdet för ${label(v)} saknar varde. Skriv siffran som rapporten anger i varde, eller, om rapporten bara anger hur stor andel delen är, andelen i procent i andel.`,
      );
    } else if (v.varde === undefined && v.kategori === undefined) {
      errors.push(
        `värdet för ${label(v)} har andel men inget varde och ingen kategori. En andel utan antal kan bara gälla en del av totalen: ange kategori, eller skriv totalen i varde.`,
      );
    }
    if (v.kategori !== undefined && !categories.has(v.kategori)) {
      errors.push(`värdet för ${label(v)} har kategorin "${v.kategori}", som inte finns under kategorier.`);
    }
    const span = kallor.get(v.kalla);
    if (!span) {
      errors.push(`värdet för ${label(v)} anger källan "${v.kalla}", som inte finns i content/kallor/ (eller saknar omfattar).`);
    } else if (v.ar < span.fran || v.ar > span.till) {
      errors.push(
        `värdet för ${label(v)} hänvisar till "${v.kalla}", som bara omfattar åren ${span.fran}–${span.till}. Kontrollera året. Är det ett nytt år behöver siffran en ny källa som omfattar det: lägg till rapporten i content/kallor/ och ange den i kalla.`,
      );
    }
  }
  return errors;
}

/** Which (year, category) pairs fail a check, before exceptions are applied. */
export function sumFailures(serie: Serie): { ar: number; total: number; sum: number }[] {
  if (!serie.summa || !serie.kategorier?.length) return [];
  const failures: { ar: number; total: number; sum: number }[] = [];
  for (const ar of years(serie)) {
    const total = valueFor(serie, ar);
    // Parts the source gives only as shares are checked by shareSumFailures instead.
    const parts = serie.kategorier.flatMap((k) => valueFor(serie, ar, k.id)?.varde ?? []);
    if (total?.varde === undefined || parts.length < serie.kategorier.length) continue;
    const sum = parts.reduce((acc, p) => acc + p, 0);
    if (Math.abs(sum - total.varde) > 1e-9) failures.push({ ar, total: total.varde, sum });
  }
  return failures;
}

export function shareFailures(serie: Serie): { v: Varde; andel: number; computed?: number }[] {
  const failures: { v: Varde; andel: number; computed?: number }[] = [];
  for (const v of serie.varden) {
    const { andel } = v;
    if (andel === undefined) continue;
    const total = valueFor(serie, v.ar);
    if (total?.varde === undefined || total === v) {
      failures.push({ v, andel });
      continue;
    }
    // A share the source gives without a count has nothing to be checked against here.
    if (v.varde === undefined) continue;
    const computed = (v.varde / total.varde) * 100;
    if (Math.abs(computed - andel) > SHARE_TOLERANCE) failures.push({ v, andel, computed });
  }
  return failures;
}

/**
 * Years of a series whose parts must add up (summa) and are all given as shares, at least one
 * without a count, where the shares do not make about 100 %: each share is rounded in the source,
 * so each may be off by up to one point.
 */
export function shareSumFailures(serie: Serie): { ar: number; sum: number }[] {
  const categories = serie.kategorier ?? [];
  if (!serie.summa || !categories.length) return [];
  return years(serie).flatMap((ar) => {
    const parts = categories.map((k) => valueFor(serie, ar, k.id));
    if (parts.some((p) => p?.andel === undefined) || parts.every((p) => p!.varde !== undefined)) return [];
    const sum = parts.reduce((acc, p) => acc + p!.andel!, 0);
    return Math.abs(sum - 100) > SHARE_TOLERANCE * parts.length ? [{ ar, sum }] : [];
  });
}

/** Parts add up to totals and stated shares match counts, unless a documented exception says why not. */
export function checkArithmetic(serie: Serie): string[] {
  const errors: string[] = [];
  const used = new Set<string>();
  for (const f of sumFailures(serie)) {
    const exception = findException(serie, 'summa', f.ar);
    if (exception) used.add(`summa/${f.ar}/`);
    else
      errors.push(
        `delarna för ${f.ar} summerar till ${formatNumber(f.sum)}, men totalen är ${formatNumber(f.total)}. ` +
          `Rätta en siffra som skrivits av fel, eller lägg till ett undantag (kontroll: summa, ar: ${f.ar}) som förklarar att källan själv inte går ihop.`,
      );
  }
  for (const f of shareSumFailures(serie)) {
    const exception = findException(serie, 'summa', f.ar);
    if (exception) used.add(`summa/${f.ar}/`);
    else
      errors.push(
        `andelarna för ${f.ar} summerar till ${formatNumber(f.sum)} %, men delarna ska tillsammans vara hela totalen (100 %). ` +
          `Rätta en andel som skrivits av fel, eller lägg till ett undantag (kontroll: summa, ar: ${f.ar}) som förklarar att källan själv inte går ihop.`,
      );
  }
  for (const { v, andel, computed } of shareFailures(serie)) {
    const exception = findException(serie, 'andel', v.ar, v.kategori);
    if (exception) {
      used.add(`andel/${v.ar}/${v.kategori ?? ''}`);
      continue;
    }
    errors.push(
      computed === undefined
        ? `värdet för ${label(v)} anger en andel, men serien har ingen total för ${v.ar} att räkna andelen av.`
        : `andelen för ${label(v)} anges som ${formatNumber(andel)} %, men ${formatNumber(v.varde!)} av totalen ger ${formatNumber(
            Math.round(computed),
          )} %. Rätta siffran eller lägg till ett undantag (kontroll: andel, ar: ${v.ar}${v.kategori ? `, kategori: ${v.kategori}` : ''}).`,
    );
  }
  for (const u of serie.undantag ?? []) {
    if (!used.has(`${u.kontroll}/${u.ar}/${u.kategori ?? ''}`)) {
      errors.push(
        `undantaget (kontroll: ${u.kontroll}, ar: ${u.ar}${u.kategori ? `, kategori: ${u.kategori}` : ''}) behövs inte: siffrorna stämmer. Ta bort det.`,
      );
    }
  }
  return errors;
}

export function checkSeries(serie: Serie, kallor: Map<string, KallaYears>): string[] {
  return [...checkValues(serie, kallor), ...checkArithmetic(serie)];
}

/** The years with any value, ascending. */
export function years(serie: Serie): number[] {
  return [...new Set(serie.varden.map((v) => v.ar))].sort((a, b) => a - b);
}

export function valueFor(serie: Serie, ar: number, kategori?: string): Varde | undefined {
  return serie.varden.find((v) => v.ar === ar && (v.kategori ?? '') === (kategori ?? ''));
}

/** Uppföljning Finsam was planned to replace SUS from January 2023 (Återrapport 2021 §2.4.1); counts on either side are not comparable. */
export const SYSTEM_CHANGE_YEAR = 2023;

export function crossesSystemChange(serie: Serie): boolean {
  if (!serie.uppfoljningssystem) return false;
  const ys = years(serie);
  return ys.some((y) => y < SYSTEM_CHANGE_YEAR) && ys.some((y) => y >= SYSTEM_CHANGE_YEAR);
}
