// Checks on how figures from the statistics series appear in pages, so one value always looks the
// same: a value the site has calculated (not stated in the report) carries the one mark <Beraknad />
// wherever it is shown, the same value is not printed one way on one page and another way on the
// next, and typed figures use the Swedish format that <Stat> prints.
import type { Problem } from './content-guards.ts';

export interface StatUse {
  id: string;
  year: number;
  kategori?: string;
  visa: 'antal' | 'andel';
  line: number;
  /** <Beraknad /> follows the tag directly. */
  marked: boolean;
  /** The unit word printed right after the figure ("procent", "%", "miljoner"), if any. */
  unit: string;
}

const STAT = /<Stat\s+([^>]*?)\/>/g;
const MARK = /^[ \t]*<Beraknad\s*\/>/;
const UNIT = /^[ \t]*(?:<Beraknad\s*\/>[ \t]*)?(procent|%|miljoner|mkr|kronor)(?![\p{L}])/u;

function attribute(attrs: string, name: string): string | undefined {
  return attrs
    .match(new RegExp(`\\b${name}=(?:"([^"]*)"|\\{([^}]*)\\})`))
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** Every <Stat …/> in an MDX text, with what follows it. */
export function statUses(mdx: string): StatUse[] {
  const uses: StatUse[] = [];
  mdx.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(STAT)) {
      const after = line.slice((m.index ?? 0) + m[0].length);
      const id = attribute(m[1], 'id');
      const year = Number(attribute(m[1], 'year'));
      if (!id || !Number.isInteger(year)) continue;
      uses.push({
        id,
        year,
        kategori: attribute(m[1], 'kategori'),
        visa: attribute(m[1], 'visa') === 'andel' ? 'andel' : 'antal',
        line: i + 1,
        marked: MARK.test(after),
        unit: after.match(UNIT)?.[1] ?? '',
      });
    }
  });
  return uses;
}

const where = (u: StatUse) =>
  `<Stat id="${u.id}" year={${u.year}}${u.kategori ? ` kategori="${u.kategori}"` : ''}${u.visa === 'andel' ? ' visa="andel"' : ''} />`;

/**
 * A calculated value must carry <Beraknad /> right after it, and a value the report states must not.
 * `isDerived` says whether the series value (or, for visa="andel", the share) is calculated by the site.
 */
export function derivedMarks(mdx: string, isDerived: (u: StatUse) => boolean): Problem[] {
  const problems: Problem[] = [];
  for (const u of statUses(mdx)) {
    const derived = isDerived(u);
    if (derived && !u.marked) {
      problems.push({
        line: u.line,
        message: `${where(u)} visar ett beräknat värde som inte står i rapporten. Skriv <Beraknad /> direkt efter, så att det märks som i diagrammen.`,
      });
    } else if (!derived && u.marked) {
      problems.push({
        line: u.line,
        message: `${where(u)} visar ett värde som rapporten anger, men har märkningen <Beraknad />. Ta bort märkningen.`,
      });
    }
  }
  mdx.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/<Beraknad\s*\/>/g)) {
      if (!/<Stat\s+[^>]*\/>[ \t]*$/.test(line.slice(0, m.index))) {
        problems.push({
          line: i + 1,
          message: '<Beraknad /> står inte direkt efter en <Stat>. Märkningen hör till en siffra: flytta den dit eller ta bort den.',
        });
      }
    }
  });
  return problems;
}

/** Other words for "beräknad": the site uses one word, the one the charts print. */
export function otherDerivedWords(text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\b(?:fram|ut)räkna(?:d|t|de)\b|\bhärledd(?:a)?\b|\bhärlett\b/giu)) {
      problems.push({
        line: i + 1,
        message: `"${m[0]}": skriv "beräknad" (eller beräknat, beräknade), samma ord som diagrammen och <Beraknad /> använder.`,
      });
    }
  });
  return problems;
}

/** The same series value printed in two forms across pages: as a count and as a share, or with different units or marks. */
export function mixedForms(usesByFile: Map<string, StatUse[]>): string[] {
  const forms = new Map<string, Map<string, string>>();
  for (const [file, uses] of usesByFile) {
    for (const u of uses) {
      const key = where({ ...u, visa: u.visa });
      const form = `${u.unit || 'utan enhetsord'}${u.marked ? ' + <Beraknad />' : ''}`;
      const seen = forms.get(key) ?? new Map<string, string>();
      if (!seen.has(form)) seen.set(form, `${file}:${u.line}`);
      forms.set(key, seen);
    }
  }
  const problems: string[] = [];
  for (const [key, seen] of forms) {
    if (seen.size > 1) {
      problems.push(
        `${key} skrivs på olika sätt: ${[...seen].map(([form, at]) => `${form} (${at})`).join(', ')}. Skriv siffran likadant överallt.`,
      );
    }
  }
  return problems;
}

/**
 * Figures of four or more digits typed into reader text without the Swedish thousands space, or with a
 * decimal point: <Stat> prints "22 857" and "0,7", so a typed "22857" or "0.7" is the same value in another form.
 */
export function unformattedNumbers(text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const prose = line
      .replace(/\]\([^)]*\)|https?:\/\/\S+|\b[\w-]+=(?:"[^"]*"|\{[^}]*\})/g, ' ') // link targets, URLs, attributes
      .replace(/\b\d{4}:\d+\b|\b\d{4}\/\d+\b|\b\d{4}-\d{2}(?:-\d{2})?\b/g, ' '); // SFS numbers, diarienummer, dates
    // A run of digits (not a year), a thousands group with comma or point, or a decimal point before a unit.
    for (const m of prose.matchAll(
      /(?<![\d.,:/-])(\d{4,})(?![\d:/-])|(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)(?![\d,.])|(?<![\d.,])(\d+\.\d+)(?=[ \u00a0]*(?:procent|%|mkr|miljoner|kronor|dagar)(?![\p{L}]))/gu,
    )) {
      const digits = m[1];
      if (digits && Number(digits) >= 1900 && Number(digits) <= 2100) continue; // a year
      problems.push({
        line: i + 1,
        message: `"${m[0]}" är skrivet på ett annat sätt än webbplatsens siffror. Skriv tusental med mellanslag och decimaler med komma, till exempel 22 857 och 0,7.`,
      });
    }
  });
  return problems;
}
