// Catches a proposal's wording presented as today's law. Försäkringskassan's analysis of 2024 prints
// each paragraph's current and proposed text side by side, so a sentence can easily take the proposed
// text while citing "nuvarande lydelse". The list below holds wordings that only the proposal has;
// a claim with one of them must sit in a proposal box and cite the proposed text.
import type { Problem } from './content-guards.ts';

export interface ProposalWording {
  /** The paragraph the proposal would change. */
  paragraf: string;
  /** Matches the proposal's wording, not today's. */
  pattern: RegExp;
  /** What the law says today, in the site's words: shown in the error so the editor can fix the sentence. */
  idag: string;
}

export const PROPOSAL_WORDINGS: ProposalWording[] = [
  {
    paragraf: '26 §',
    // Today: to the board, the members and Arbetsförmedlingen. The proposal drops Arbetsförmedlingen.
    pattern:
      /revisionsberättelse\w*\b(?:(?!Arbetsförmedlingen)[^.])*?\btill (?:\[?styrelsen\]?(?:\([^)]*\))?) och (?:till )?(?:förbunds)?medlemmarna\b(?!,? (?:och )?(?:till )?\[?Arbetsförmedlingen)/iu,
    idag: 'revisionsberättelsen lämnas till styrelsen, förbundsmedlemmarna och Arbetsförmedlingen',
  },
  {
    paragraf: '7 §',
    // Today the law has no explicit ban on förbund running insatser; the proposal adds one.
    pattern:
      /(?:förbund\w*|lagen)\b[^.]*?\b(?:får|förbjuds?)\b[^.]*?\binte\b[^.]*?\b(?:själv\w* )?(?:bedriva|driva) (?:några )?insatse\w*|\bförbjuder\b[^.]*?\b(?:bedriva|driva) insatse\w*/iu,
    idag: 'lagen förbjuder inte uttryckligen förbunden att driva insatser; det är parterna som bedriver dem',
  },
  {
    paragraf: '25 §',
    // Today one revisor per member (FK one for itself and Arbetsförmedlingen); the proposal: one revisor, appointed by FK.
    pattern: /\b(?:en|enda) revisor som (?:Försäkringskassan utser|utses av Försäkringskassan) för (?:alla|samtliga|hela)\b/iu,
    idag: 'en revisor utses för varje förbundsmedlems räkning',
  },
];

/** Inside a caution box whose title names a proposal ("Förslag – inte gällande lag"). */
function proposalBoxLines(lines: string[]): Set<number> {
  const inside = new Set<number>();
  let open = false;
  lines.forEach((line, i) => {
    if (/^:::\w+\[[^\]]*[Ff]örslag/.test(line.trim())) open = true;
    else if (open && line.trim() === ':::') open = false;
    else if (open) inside.add(i);
  });
  return inside;
}

export interface Claim {
  text: string;
  /** The plats of the citations that follow the claim. */
  platser: string[];
  line: number;
}

/** A page's claims: the text before each group of <Kalla> tags, with those tags' plats. */
export function claims(mdx: string): (Claim & { inProposalBox: boolean })[] {
  // Frontmatter, imports and headings hold no claims.
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));
  const lines = body.split('\n').map((line) => (/^\s*(?:import |#)/.test(line) ? '' : line));
  const boxed = proposalBoxLines(lines);
  const found: (Claim & { inProposalBox: boolean })[] = [];
  lines.forEach((line, i) => {
    // Split after each run of citations: "claim <Kalla/> <Kalla/> next claim <Kalla/>".
    const parts = line.split(/((?:\s*<Kalla\s[^>]*\/>)+)/);
    for (let p = 0; p < parts.length; p += 2) {
      const text = parts[p].trim();
      const tags = parts[p + 1] ?? '';
      if (!text) continue;
      const platser = [...tags.matchAll(/plats="([^"]*)"/g)].map((m) => m[1]);
      found.push({ text, platser, line: i + 1, inProposalBox: boxed.has(i) });
    }
  });
  return found;
}

const citesToday = (platser: string[]) => platser.some((p) => /nuvarande lydelse/i.test(p));
const saysProposal = (text: string) => /föresl[åa]|förslag/i.test(text);

/** Claims in an MDX page that give a proposal's wording as today's law. */
export function proposalAsLaw(mdx: string, wordings: ProposalWording[] = PROPOSAL_WORDINGS): Problem[] {
  const problems: Problem[] = [];
  for (const c of claims(mdx)) {
    for (const w of wordings) {
      if (!w.pattern.test(c.text)) continue;
      if (citesToday(c.platser)) {
        problems.push({
          line: c.line,
          message: `meningen återger förslagets lydelse av ${w.paragraf} men hänvisar till nuvarande lydelse. I dag gäller: ${w.idag}. Skriv om meningen, eller flytta förslaget till en ruta :::caution[Förslag – inte gällande lag] med hänvisning till föreslagen lydelse.`,
        });
      } else if (!c.inProposalBox && !saysProposal(c.text)) {
        problems.push({
          line: c.line,
          message: `meningen återger förslagets lydelse av ${w.paragraf} som om den gällde i dag. I dag gäller: ${w.idag}. Skriv om meningen, eller lägg förslaget i en ruta :::caution[Förslag – inte gällande lag].`,
        });
      }
    }
  }
  return problems;
}

/** The same check for a data entry with one text and one citation (a glossary term, a role card). */
export function proposalAsLawInEntry(text: string, plats: string | undefined, wordings: ProposalWording[] = PROPOSAL_WORDINGS): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return wordings
    .filter((w) => w.pattern.test(flat) && (citesToday(plats ? [plats] : []) || !saysProposal(flat)))
    .map((w) => `texten återger förslagets lydelse av ${w.paragraf} som gällande lag. I dag gäller: ${w.idag}.`);
}
