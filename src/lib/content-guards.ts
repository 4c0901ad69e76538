// Checks on the raw text of content files that no schema can make: personal data, images without
// a text alternative, and two files that would publish at the same address.
import { pagePathOfFile } from './url.ts';

/** Swedish personnummer or samordningsnummer: (YY)YYMMDD, optional - or +, four digits. */
const PERSONNUMMER = /(?<![\d-])(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:[0-8]\d|9[01])[-+]?\d{4}(?![\d-])/g;

/** Luhn check digit, as used in personnummer: keeps random ten-digit numbers from counting. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

export interface Problem {
  line: number;
  message: string;
}

export function personnummer(text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(PERSONNUMMER)) {
      const digits = m[0].replace(/[-+]/g, '').slice(-10);
      if (luhnValid(digits))
        problems.push({
          line: i + 1,
          message: `"${m[0]}" ser ut som ett personnummer. Personuppgifter hör inte hemma i vägledningen: ta bort det.`,
        });
    }
  });
  return problems;
}

export function imagesWithoutAlt(text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) {
      if (!m[1].trim())
        problems.push({
          line: i + 1,
          message: `bilden ${m[2]} saknar alternativtext. Skriv vad bilden visar mellan hakparenteserna: ![Vad bilden visar](${m[2]}).`,
        });
    }
    for (const m of line.matchAll(/<img\b[^>]*>/g)) {
      if (!/\balt="[^"]+"/.test(m[0]))
        problems.push({ line: i + 1, message: 'en <img> saknar alt-text. Lägg till alt="vad bilden visar".' });
    }
  });
  return problems;
}

export function duplicateSlugs(relativePaths: string[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const path of relativePaths) {
    // roller/index.mdx and roller.mdx both give /roller/.
    const address = pagePathOfFile(path);
    const other = seen.get(address);
    if (other) problems.push(`content/docs/${path} och content/docs/${other} ger båda adressen ${address}. Byt namn på den ena.`);
    else seen.set(address, path);
  }
  return problems;
}

/** True for a page whose frontmatter says draft: true (not published, may hold placeholders). */
export function isDraft(mdx: string): boolean {
  const front = /^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '';
  return /^draft:\s*true\s*$/m.test(front);
}

/** The word the page templates (scripts/mallar/) put where an editor must write their own text. */
export const PLACEHOLDER = 'ERSÄTT';

/**
 * Template text left in a published page: the marker ERSÄTT, or an attribute still holding "…" as the
 * old templates had it (<Kalla id="…" />). A draft (draft: true) may keep them while it is written.
 */
export function placeholders(text: string): Problem[] {
  if (isDraft(text)) return [];
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const frontLines = front ? front.split('\n').length + 2 : 0;
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    // YAML comments in the frontmatter are guidance to the editor, not text on the page.
    if (i < frontLines && /^\s*#/.test(line)) return;
    const marker = line.indexOf(PLACEHOLDER);
    if (marker >= 0) {
      const rest = line.slice(marker).replace(/['"]\s*$/, '');
      const shown = rest.length > 60 ? `${rest.slice(0, 60).replace(/\s+\S*$/, '')} …` : rest;
      problems.push({
        line: i + 1,
        message: `texten "${shown}" kommer från mallen och står kvar. Skriv din egen text i stället för platshållaren ${PLACEHOLDER}. (Så länge sidan är ett utkast kan du ha kvar raden draft: true i frontmatter; då publiceras den inte.)`,
      });
    } else if (/=\s*"[^"]*…[^"]*"/.test(line)) {
      problems.push({
        line: i + 1,
        message: `ett värde inom citattecken innehåller bara "…", en platshållare från sidmallen. Skriv det riktiga värdet, till exempel <Kalla id="fk-analys-finsamlagen-2024" plats="avsnitt 3.2" />.`,
      });
    }
  });
  return problems;
}

/**
 * "Kort svar" has one form, Starlight's note titled Kort svar, so every page's short answer looks the
 * same to a reader (a bold lead-in on some pages and a box on others read as two different things).
 */
export function shortAnswerForm(text: string): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*\*\*Kort svar:?\*\*/.test(line)) {
      problems.push({
        line: i + 1,
        message:
          'ett kort svar skrivs som en ruta: :::note[Kort svar] på raden före texten och ::: på raden efter, inte med **Kort svar:** i fetstil.',
      });
    }
  });
  return problems;
}

/**
 * A figure written <Stat … utanNot /> has no note marker of its own, so it may stand only in a
 * <table> whose <caption> cites the sources with <Kalla>: the reader must still find where every
 * figure comes from. (Markers in cells were copied as text glued to the figure: "56" and note 21
 * read "5621".)
 */
export function figuresWithoutNote(text: string): Problem[] {
  const tables = [...text.matchAll(/<table\b[\s\S]*?<\/table>/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    cited: /<caption\b[^>]*>[\s\S]*?<Kalla\b[\s\S]*?<\/caption>/.test(m[0]),
  }));
  const problems: Problem[] = [];
  for (const m of text.matchAll(/<Stat\b[^>]*\butanNot\b[^>]*\/>/g)) {
    const table = tables.find((t) => m.index >= t.start && m.index < t.end);
    if (!table?.cited)
      problems.push({
        line: text.slice(0, m.index).split('\n').length,
        message:
          'en <Stat … utanNot /> visar ingen not, så den får bara stå i en <table> vars <caption> anger källorna med <Kalla id="…" plats="…" />. Lägg källorna i tabellens caption eller ta bort utanNot.',
      });
  }
  return problems;
}
