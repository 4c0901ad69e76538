// Choosing among the sections of the page that answers by the kind of answer each heading gives.
// The guidance's headings are questions, and siblings on one page often share every word of the
// reader's question ("Vem gör behovsanalysen?", "Hur gör man en behovsanalys?"); what tells them
// apart is what each asks for: a person, a reason, a time, a number.
import { exactKeys, fold, holdsAll, key } from './words.ts';
import type { ParsedQuery } from './query.ts';

export type KindQuery = Pick<ParsedQuery, 'allKeys' | 'questionKeys' | 'comparison' | 'terms'>;

/** The question word of "hur många", "hur stort": rank.ts reads it too. */
export const HOW = key('hur');
const AMOUNT = new Set(['många', 'mycket', 'stor', 'stort', 'stora', 'länge', 'ofta'].map(key));
/** The text asks for a number: "hur många", "hur stort", "hur länge". */
// Folded: a heading's keys keep å, ä and ö (exactKeys), "många" among them.
export const asksAmount = (k: string[]) => k.some((x, i) => fold(x) === HOW && AMOUNT.has(fold(k[i + 1] ?? '')));

/**
 * Question words that ask for one narrow kind of answer, with the other words a reader asks for
 * that kind by ("vems", "skäl"). "hur" and "vad" ask for anything and are not here.
 */
const NARROW = new Map(
  (
    [
      ['vem', ['vems']],
      ['varför', ['orsak', 'skäl', 'anledning']],
      ['när', ['datum', 'tidsplan', 'tidpunkt']],
    ] as const
  ).map(([h, asked]) => [key(h), asked.map(key)]),
);

/**
 * The guidance keeps what applies apart from what has been proposed (Försäkringskassan's analysis
 * of 2024): a heading about a proposal ("Vad föreslås om rådets roll?") answers a question about
 * today ("nationella rådets uppgift") less well than one about what applies.
 */
// Folded: a text's keys keep å, ä and ö (exactKeys).
export const isProposal = (k: string) => fold(k).startsWith('foresl') || fold(k).includes('forslag');
/**
 * Words of a question about what will change ("ändring", "framöver") or what is under way ("på
 * gång", "ny lag", "nya regler"): what is proposed is the answer to it. Single words by key, pairs
 * side by side.
 */
const CHANGE_WORDS = new Set(['ändring', 'ändringar', 'framöver', 'framtiden'].map(key));
const CHANGE_PAIRS = [
  ['på', 'gång'],
  ['ny', 'lag'],
  ['nya', 'lagar'],
  ['nya', 'regler'],
].map((pair) => pair.map(key));
const asksChange = (k: string[]) => k.some((x, i) => CHANGE_WORDS.has(x) || CHANGE_PAIRS.some(([a, b]) => x === a && k[i + 1] === b));
/** Asked in words or through a concept ("lagändring" is worded "förslag" on the pages). */
const asked = new WeakMap<KindQuery, boolean>();
export function asksProposal(q: KindQuery): boolean {
  let yes = asked.get(q);
  if (yes === undefined)
    asked.set(
      q,
      (yes =
        q.allKeys.some(isProposal) || asksChange(q.allKeys) || q.terms.some((t) => t.alternatives.some((a) => a.keys.some(isProposal)))),
    );
  return yes;
}
export const PROPOSAL_UNASKED = 0.8;

/** How much a heading counts that asks who, why or when, for a bare subject that does not. */
export const UNASKED_KIND = 0.85;
/**
 * How much a heading counts that asks for a number, for a question that asks something else ("hur
 * anvisar jag en kund till en insats" and "Hur många deltar?"). Ranking weighs such a heading down
 * a little already (rank.ts, AMOUNT_UNASKED); among the sections of one page it is no answer at
 * all, whatever of the question's words (or a concept's wording, "får delta") it holds.
 */
export const UNASKED_AMOUNT = 0.15;

/**
 * The factor for a heading, among its siblings, by the kind of answer it gives.
 * - A question that says what it asks ("hur anvisar jag …") and a heading that asks for a number: UNASKED_AMOUNT.
 * - A bare subject ("kartlägga behov i målgruppen") says nothing of the kind of answer wanted: the
 *   sibling that asks what or how serves it better than the one that asks who, why or when
 *   (UNASKED_KIND). A question that names its kind is matched by its question words already
 *   (rank.ts); a comparison ("SUS eller Uppföljning Finsam"), and any heading that names every
 *   term of the question, is about the question as a whole, whatever it asks.
 */
export function kindAgreement(q: KindQuery, heading: string): number {
  const headingKeys = exactKeys(heading);
  // A section about a proposal answers a question about what applies in part, whether its heading
  // or only its text holds the question's words ("sekretess" in the text under "7 b § – Uppgifter
  // till uppföljningen (föreslagen ny paragraf)").
  return (headingKeys.some(isProposal) && !asksProposal(q) ? PROPOSAL_UNASKED : 1) * kindOfAnswer(q, headingKeys);
}

function kindOfAnswer(q: KindQuery, headingKeys: string[]): number {
  if (q.questionKeys.length) return asksAmount(headingKeys) && !asksAmount(q.allKeys) ? UNASKED_AMOUNT : 1;
  if (q.comparison) return 1;
  const asked = NARROW.get(fold(headingKeys[0] ?? ''));
  if (!asked || asked.some((k) => q.allKeys.includes(k))) return 1;
  const namesAll = q.terms.every((t) => t.alternatives.some((a) => !a.concept && holdsAll(a.keys, headingKeys)));
  return namesAll ? 1 : UNASKED_KIND;
}

/**
 * Of sibling headings that hold a bare subject equally well ("behovsanalys": "Vad är en
 * behovsanalys till för?" and "Hur gör man en behovsanalys?"), the one that asks how the thing is
 * done: a reader who names a thing and nothing more, or asks for a template of it ("mall för
 * behovsanalys"), wants to do it more than to hear what it is for. Decides ties only: a heading
 * or a text that holds more of the question still opens first. Not a heading that asks how many.
 */
export function asksHowForSubject(q: KindQuery, heading: string): boolean {
  if (q.questionKeys.length || q.comparison) return false;
  const headingKeys = exactKeys(heading);
  return fold(headingKeys[0] ?? '') === HOW && !asksAmount(headingKeys);
}

/** The words a yes-or-no question opens with ("kan vi …", "får man …", "måste regionen …"). */
const YES_NO = new Set(['kan', 'får', 'måste', 'ska'].map(key));

/**
 * A heading that asks as a yes-or-no question does, with the same word ("kan jag vara med på
 * styrelsemötet …" and "Kan ledamöterna delta i styrelsemötet på distans?"): of siblings that hold
 * the question equally well, it answers what the reader asks, yes or no and why, where a sibling
 * that opens with another word ("Får min organisation …?") asks something else about the same
 * thing. Decides ties only, as asksHowForSubject does.
 */
export function asksAlike(q: KindQuery, heading: string): boolean {
  const first = fold(q.allKeys[0] ?? '');
  return YES_NO.has(first) && fold(exactKeys(heading)[0] ?? '') === first;
}
