// The editors' concepts, synonyms and intents (content/sok/) as search reads them: a question in a
// reader's words takes on the wording the pages use, or leads to the page the editors named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { matchConcepts, parseQuery, synonymMap, type Concept, type Synonym } from '../../src/lib/search/query.ts';
import { keys } from '../../src/lib/search/words.ts';
import { matchIntent, prepareIntents, type Intent } from '../../src/lib/search/rank.ts';

const read = <T>(file: string) => yaml.load(readFileSync(new URL(`../../content/sok/${file}`, import.meta.url), 'utf8')) as T;
const concepts = read<Concept[]>('begrepp.yaml');
const synonyms = synonymMap(read<Synonym[]>('synonymer.yaml'));
const conceptsOf = (q: string) => matchConcepts(keys(q), concepts).map((c) => c.id);

test('what the board must decide itself is worded "inte delegera" on the pages', () => {
  assert.ok(conceptsOf('vilka beslut måste styrelsen fatta själv').includes('besluta-sjalv'));
  assert.ok(!conceptsOf('vilka beslut fattar styrelsen').includes('besluta-sjalv'));
});

test('who may take part in an insats is a question about the målgrupp, how many take part is not', () => {
  assert.ok(conceptsOf('kan en person utan sjukpenning delta i en insats').includes('fa-delta'));
  assert.ok(!conceptsOf('hur många deltar i insatserna').includes('fa-delta'));
});

test('joining and leaving a förbund are answered where the pages say how one is formed (9 §)', () => {
  const joining = matchConcepts(keys('min kommun är inte med i något samordningsförbund hur går man med'), concepts);
  assert.ok(joining.some((c) => c.id === 'ga-med' && c.sidorna.includes('bildas')));
  assert.ok(concepts.find((c) => c.id === 'uttrade')!.sidorna.includes('bildas'));
  // Being with the kommun, or with something other than a förbund, is not joining one.
  assert.ok(!conceptsOf('vad innebär det att kommunen är med').includes('ga-med'));
  assert.ok(!conceptsOf('går det att jämföra sus med uppföljning finsam').includes('ga-med'));
});

test('results are asked for as what happens after the insats', () => {
  assert.ok(conceptsOf('vad händer efter avslutad insats med deltagarna').includes('resultat'));
  assert.ok(conceptsOf('hur många får jobb efter en insats').includes('resultat'));
  assert.ok(!conceptsOf('hur många deltar i insatserna').includes('resultat'));
});

test('"vad skiljer X från Y" compares the guidance\'s own words for X and Y', () => {
  // "skiljer" marks a comparison (query.ts), so it needs no concept of its own.
  const compared = parseQuery('vad skiljer individinsatser från strukturinsatser', { synonyms, vocabulary: new Set(), concepts });
  assert.ok(compared.terms.every((t) => t.compared));
  assert.ok(!compared.terms.some((t) => t.typed.startsWith('skilj')));
  const q = parseQuery('individinsatser', { synonyms, vocabulary: new Set(), concepts: [] });
  assert.deepEqual(q.words, ['individinriktade']);
});

test("the board's arvode is not worded as the revisors' arvode; the revisors' is \"vem betalar revisionen\"", () => {
  assert.ok(!conceptsOf('arvode för styrelseuppdraget').some((c) => c.startsWith('arvode')));
  assert.ok(conceptsOf('revisorernas arvode').includes('arvode-revision'));
});

test("leaving a förbund, the revisors' criticism and whether insatser help are worded as the pages word them", () => {
  assert.ok(conceptsOf('hur går en kommun ur ett samordningsförbund').includes('uttrade'));
  assert.ok(!conceptsOf('hur går det till').includes('uttrade'));
  assert.ok(conceptsOf('revisorerna har riktat anmärkning, vad gör vi nu').includes('anmarkning'));
  assert.ok(conceptsOf('hur vet vi att insatserna gör nytta').includes('nytta'));
  assert.ok(conceptsOf('vad ska en ansökan om insats innehålla').includes('ansokan-insats'));
  assert.ok(!conceptsOf('kan förbundet söka esf-pengar själv').includes('ansokan-insats'));
  assert.ok(conceptsOf('ska jag företräda min kommun eller förbundet i styrelsen').includes('dubbel-roll'));
  assert.ok(conceptsOf('kan man delta på styrelsemötet via teams').includes('motesformer'));
});

test("a member's personal liability is answered under ansvarsfriheten; the board's tasks are not that", () => {
  assert.ok(conceptsOf('personligt ansvar').includes('personligt-ansvar'));
  assert.ok(conceptsOf('ansvar ledamot').includes('personligt-ansvar'));
  assert.ok(!conceptsOf('vad ansvarar styrelsen för').includes('personligt-ansvar'));
});

test('starting a förbund is worded "bildas"; starting an insats is not about that', () => {
  assert.ok(conceptsOf('hur startar man ett samordningsförbund').includes('bilda-forbund'));
  assert.ok(!conceptsOf('hur startar vi en insats').includes('bilda-forbund'));
});

test('"klient" and "brukare" are the guidance\'s "deltagare", a "språkkurs" or "sfi" its "språkutbildning"', () => {
  const q = parseQuery('min klient', { synonyms, vocabulary: new Set(), concepts: [] });
  assert.deepEqual(q.words, ['deltagare']);
  assert.deepEqual(parseQuery('språkkurs', { synonyms, vocabulary: new Set(), concepts: [] }).words, ['språkutbildning']);
  assert.deepEqual(parseQuery('sfi', { synonyms, vocabulary: new Set(), concepts: [] }).words, ['språkutbildning']);
});

const intents = prepareIntents(read<Intent[]>('avsikter.yaml'));
const intentOf = (q: string) => matchIntent(parseQuery(q, { synonyms, vocabulary: new Set(), concepts }).allKeys, intents);

test('a newcomer worded in other ways than "ny" and "läsa först" is led to the reading path for the role', () => {
  assert.equal(intentOf('nyvald ledamot'), '/lasvagar/ny-styrelseledamot/');
  assert.equal(intentOf('introduktion för nya styrelseledamöter'), '/lasvagar/ny-styrelseledamot/');
  assert.equal(intentOf('nybliven förbundschef'), '/lasvagar/ny-forbundschef/');
  assert.equal(intentOf('jag har precis börjat i beredningsgruppen'), '/lasvagar/beredningsgruppen/');
  assert.equal(intentOf('introduktion'), '/lasvagar/');
  assert.equal(intentOf('vad gör förbundschefen'), undefined);
});

test('a loss and saved money are asked about in the words of budget balance', () => {
  assert.ok(conceptsOf('får förbundet gå med förlust').includes('budget-i-balans'));
  assert.ok(conceptsOf('sparade medel').includes('budget-i-balans'));
});

test("printing leads to the page that says how to print and links to the chapters' print views", () => {
  assert.equal(intentOf('skriva ut'), '/om-webbplatsen/tillganglighet/');
  assert.equal(intentOf('hur skriver jag ut hela kapitlet'), '/om-webbplatsen/tillganglighet/');
  assert.equal(intentOf('utskriftsvänlig version'), '/om-webbplatsen/tillganglighet/');
  assert.equal(intentOf('spara sidan som pdf'), '/om-webbplatsen/tillganglighet/');
  assert.equal(intentOf('vem skriver förslaget till styrelsen'), undefined);
});

test('referring someone to an insats leads to the FAQ answer on how it is done, and its words to that heading', () => {
  for (const q of [
    'hur anvisar jag en arbetssökande till en insats',
    'kan min klient få plats i en insats',
    'remittera till insatser',
    'hur skickar jag en klient till en insats',
    'remiss till insatsen',
  ])
    assert.equal(intentOf(q), '/fragor-och-svar/', q);
  // Proposing an insats is another question (Från behov till beslut).
  assert.equal(intentOf('hur skickar jag in förslag på insats'), undefined);
  // A handläggare's word for it is worded as the FAQ heading is ("Hur hänvisar jag …"), not as who takes part.
  for (const q of ['remiss till insats', 'anvisning', 'hur anmäler jag en klient till en insats']) {
    assert.ok(conceptsOf(q).includes('hanvisa'), q);
    assert.ok(!conceptsOf(q).includes('fa-delta'), q);
  }
  assert.ok(concepts.find((c) => c.id === 'hanvisa')!.sidorna.includes('hänvisar'));
});

test("a socialsekreterare or arbetsförmedlare asking about their own role is led to their part's page", () => {
  assert.equal(intentOf('vad förväntas av mig som socialsekreterare'), '/roller/kommunen/');
  assert.equal(intentOf('vad är min roll som socialsekreterare'), '/roller/kommunen/');
  assert.equal(intentOf('arbetsförmedlare roll i samordningsförbund'), '/roller/arbetsformedlingen/');
  // Not every question a socialsekreterare asks is about the role.
  assert.equal(intentOf('socialsekreterare sekretess'), undefined);
});

test('whether the rules will change leads to the proposed paragraphs, not to any page that says "föreslår"', () => {
  assert.equal(intentOf('kommer reglerna för samordningsförbunden att ändras'), '/lagstiftning/forslag/');
  assert.equal(intentOf('ska finsamlagen ändras'), '/lagstiftning/forslag/');
  assert.equal(intentOf('nya regler för förbunden'), '/lagstiftning/forslag/');
  assert.equal(intentOf('regler för styrelsemöten'), undefined);
});

test('who decides on an insats is asked in the words of the board deciding, which the pages use', () => {
  assert.ok(conceptsOf('vem bestämmer om en insats ska starta').includes('besluta-om-insats'));
  assert.ok(conceptsOf('vem bestämmer vilka insatser som startas').includes('besluta-om-insats'));
  assert.ok(!conceptsOf('vad bestämmer hur ett förbund är organiserat').includes('besluta-om-insats'));
});

test('staff of a party asking about their pay, chef or working time in an insats are led to who does what in it', () => {
  assert.equal(intentOf('jag ska jobba i en insats vem är min chef'), '/insatser/individinriktade/');
  assert.equal(intentOf('hur betalas min lön när jag jobbar i en insats'), '/insatser/individinriktade/');
  assert.equal(intentOf('får jag arbeta i insatsen på arbetstid'), '/insatser/individinriktade/');
  assert.equal(intentOf('hur arbetar förbundet med insatser'), undefined);
});

test('proposing or applying for a new insats leads to the steps from need to decision', () => {
  assert.equal(intentOf('hur tar vi fram en ny insats?'), '/insatser/fran-behov-till-beslut/');
  assert.equal(intentOf('vad ska en ansökan om medel till en insats innehålla'), '/insatser/fran-behov-till-beslut/');
  // Applying for ESF money is the förbund's own question, answered elsewhere.
  assert.equal(intentOf('kan förbundet söka esf-medel själv'), undefined);
  assert.equal(intentOf('vilka insatser finns'), undefined);
});

test('referring someone to an insats is worded "anmäla" too, and a party\'s employee asks about their employment', () => {
  assert.equal(intentOf('hur anmäler jag en klient till en insats'), '/fragor-och-svar/');
  assert.equal(intentOf('får jag behålla min anställning om jag jobbar i en insats'), '/insatser/individinriktade/');
  assert.equal(intentOf('anställa personal i förbundet'), undefined);
});

test('the board meeting ("träffas", "sammanträden") is worded "möten" on the pages', () => {
  assert.ok(conceptsOf('hur ofta träffas styrelsen').includes('styrelsens-moten'));
  assert.ok(conceptsOf('hur många sammanträden per år').includes('styrelsens-moten'));
  assert.ok(concepts.find((c) => c.id === 'styrelsens-moten')!.sidorna.includes('styrelsens möten'));
});

test("applying for money without naming ESF+ is the förbund's own money: the steps from need to decision", () => {
  assert.equal(intentOf('hur ansöker man om pengar för ett projekt'), '/insatser/fran-behov-till-beslut/');
  assert.equal(intentOf('ansöka om finansiering'), '/insatser/fran-behov-till-beslut/');
  // Naming ESF+, in any of its variants, rules the intent out.
  assert.equal(intentOf('hur ansöker man om esf-medel'), undefined);
  assert.equal(intentOf('ansöka pengar från socialfonden'), undefined);
  assert.equal(intentOf('kan förbundet söka pengar själv'), undefined);
});

test('what one party already answers for is worded "bara rör en av parterna" on the pages', () => {
  assert.ok(conceptsOf('får förbundet finansiera det som kommunen redan ansvarar för').includes('en-parts-ansvar'));
  assert.ok(conceptsOf('måste alla fyra parter vara med i varje insats').includes('en-parts-ansvar'));
  assert.ok(!conceptsOf('vad ansvarar kommunen för').includes('en-parts-ansvar'));
  assert.ok(!conceptsOf('måste alla parter vara med i förbundet').includes('en-parts-ansvar'));
});

test('data about individuals, in compounds the pages do not use, is their "personuppgifter"', () => {
  assert.deepEqual(parseQuery('individuppgifter sekretess', { synonyms, vocabulary: new Set(), concepts: [] }).words, [
    'personuppgifter',
    'sekretess',
  ]);
  assert.deepEqual(parseQuery('deltagaruppgifter', { synonyms, vocabulary: new Set(), concepts: [] }).words, ['personuppgifter']);
});

test('EU money is ESF+ to the pages, and the parties\' job titles are their "handläggare"', () => {
  const lexicon = { synonyms, vocabulary: new Set<string>(), concepts: [] };
  assert.deepEqual(parseQuery('söka eu-pengar', lexicon).words, ['söka', 'esf']);
  assert.deepEqual(parseQuery('försäkringsutredare', lexicon).words, ['handläggare']);
  // A variant with the stem of a party's name would stand in for the party.
  assert.deepEqual(parseQuery('arbetsförmedlingen', lexicon).words, ['arbetsförmedlingen']);
  assert.equal(intentOf('ny försäkringsutredare, vill förstå vad samordningsförbund är'), '/lasvagar/tjansteperson-hos-en-part/');
});

test("a party's staff asking about working in an insats are led to that party's page; without a party, to who does what", () => {
  assert.equal(intentOf('handläggare på Försäkringskassan som vill jobba i en insats'), '/roller/forsakringskassan/');
  assert.equal(intentOf('jobbar på AF och har blivit tillfrågad att jobba i en insats'), '/roller/arbetsformedlingen/');
  assert.equal(intentOf('hur betalas min lön när jag jobbar i en insats'), '/insatser/individinriktade/');
  assert.equal(intentOf('vad bidrar försäkringskassan med'), undefined);
});

test('deciding alone or between meetings is delegating on the pages; leaving is leaving whatever the förbund is called', () => {
  assert.ok(conceptsOf('kan ordföranden ensam godkänna en mindre insats mellan mötena').includes('besluta-utan-styrelsen'));
  assert.ok(!conceptsOf('hur går styrelsens möten till').includes('besluta-utan-styrelsen'));
  const leaving = (q: string) =>
    matchConcepts(parseQuery(q, { synonyms, vocabulary: new Set(), concepts }).allKeys, concepts).map((c) => c.id);
  assert.ok(leaving('socialnämnden funderar på att lämna samordningsförbundet').includes('uttrade'));
});

test('a list of insatser is found where the pages say how to find them', () => {
  assert.ok(conceptsOf('förteckning lokala insatser samordningsförbund').includes('hitta-insatser'));
  assert.ok(!conceptsOf('lista över ledamöter').includes('hitta-insatser'));
});
