// The shape of a vägvisare (content/vagvisare/<id>.yaml) as the checks and the page builder see it.
// The Zod schema in src/schemas/vagvisare.ts validates the fields; these types carry no Astro imports
// so the checks run in plain unit tests.

export interface Svar {
  /** Part of the address of the next page: a short ASCII slug, unique within its question. */
  id: string;
  /** The answer as the reader clicks it. */
  text: string;
  /** Id of the step the answer leads to. */
  till: string;
}

/** What a statement on an outcome page rests on: the law, a reading of it, an agreed way of working, a proposal. */
export const GRUND_SLAG = ['lag', 'tolkning', 'arbetssatt', 'forslag'] as const;
export type GrundSlag = (typeof GRUND_SLAG)[number];

export interface Grund {
  slag: GrundSlag;
  text: string;
  kalla: string;
  plats: string;
}

export interface Lank {
  text: string;
  /** A page of this site, root-relative: /malgrupper/malgruppens-granser/ */
  sida: string;
}

/** How an outcome answers the guide's question; decides the label's style, not its words. */
export const BEDOMNINGAR = ['ja', 'nej', 'beror-pa', 'vagledning'] as const;
export type Bedomning = (typeof BEDOMNINGAR)[number];

interface StegBas {
  id: string;
  /** Source of the step's explanation (a file in content/kallor/) and where in it. */
  kalla: string;
  plats: string;
}

export interface Fraga extends StegBas {
  fraga: string;
  /** Plain-language help under the question. */
  hjalp?: string;
  svar: Svar[];
}

export interface Utfall extends StegBas {
  rubrik: string;
  bedomning: Bedomning;
  /** Short label: "Inom Finsam", "Nej, beslutet kan inte delegeras". */
  etikett: string;
  sammanfattning: string;
  grund: Grund[];
  lasMer: Lank[];
  /** Optional process in content/processer/ to show on the outcome page. */
  process?: string;
}

export type Steg = Fraga | Utfall;

export interface Vagvisare {
  titel: string;
  beskrivning: string;
  ingress: string;
  start: string;
  steg: Steg[];
}

export const isFraga = (s: Steg): s is Fraga => 'svar' in s && Array.isArray((s as Fraga).svar);
