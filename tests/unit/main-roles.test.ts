// The role filter of /sok/ narrows to the pages written for a role, not every page that concerns it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainRoles, roleAliases, roleLabels, stepsOf } from '../../src/lib/main-roles.ts';

test("a reading path's steps are the first link of each numbered line that starts with a link in bold", () => {
  const body = [
    'Som ledamot … [ordlistan](/ordlista/#styrelseledamot) i inledningen.',
    '',
    '1. **[Om finansiell samordning](/om-finansiell-samordning/).** Börja med grunderna, se [Ekonomi](/ekonomi/).',
    '2. **[Förbundsordningen](/roller/#vad-bestämmer-hur-ett-förbund-är-organiserat).** …',
    '3. Läs också [Revision](/revision/).',
    '12. **[Nationella rådets utbildningar](/roller/nationella-radet/#vilka-utbildningar).** …',
  ].join('\n');
  assert.deepEqual(stepsOf(body), ['/om-finansiell-samordning/', '/roller/', '/roller/nationella-radet/']);
});

test('a page is for the role whose page it is and for the roles whose reading path leads to it; a role without a path keeps every page that lists it', () => {
  const pages = [
    { path: '/roller/styrelsen/', roller: ['styrelsen', 'revisorerna', 'kommunen'] },
    { path: '/ekonomi/', roller: ['styrelsen', 'forbundschef', 'revisorerna'] },
    { path: '/revision/', roller: ['revisorerna', 'styrelsen'] },
    { path: '/roller/revisorerna/', roller: ['revisorerna', 'styrelsen'] },
    { path: '/lasvagar/ny-styrelseledamot/', roller: ['styrelsen'], steps: ['/roller/styrelsen/', '/ekonomi/', '/roller/revisorerna/'] },
  ];
  const homes = new Map([
    ['styrelsen', '/roller/styrelsen/'],
    ['revisorerna', '/roller/revisorerna/'],
    ['kommunen', '/roller/kommunen/'],
  ]);
  const roles = mainRoles(pages, homes);
  const sorted = (path: string) => [...(roles.get(path) ?? [])].sort();
  // The board has a reading path: its pages are the path, its steps and its own page; /revision/,
  // which concerns the board, is not written for it.
  assert.deepEqual(sorted('/revision/'), ['revisorerna']);
  // The förbundschef has no path here: every page that lists it.
  assert.deepEqual(sorted('/ekonomi/'), ['forbundschef', 'revisorerna', 'styrelsen']);
  assert.deepEqual(sorted('/roller/revisorerna/'), ['revisorerna', 'styrelsen']);
  assert.deepEqual(sorted('/lasvagar/ny-styrelseledamot/'), ['styrelsen']);
  // Kommunen has no reading path here, so every page that lists it stays its page.
  assert.deepEqual(sorted('/roller/styrelsen/'), ['kommunen', 'revisorerna', 'styrelsen']);
});

test('a role is named in the filter as the menu names its page, and its former name maps to that', () => {
  const roles = [
    { id: 'nns', namn: 'Nationella nätverket för samordningsförbund (NNS)', sida: '/roller/nns/' },
    { id: 'styrelsen', namn: 'Styrelsen', sida: '/roller/styrelsen/' },
    { id: 'utan-sida', namn: 'Utan sida', sida: '/roller/saknas/' },
  ];
  const menu = new Map([
    ['/roller/nns/', 'Nationella nätverket (NNS)'],
    ['/roller/styrelsen/', 'Styrelsen'],
  ]);
  const labels = roleLabels(roles, menu);
  assert.equal(labels.get('nns'), 'Nationella nätverket (NNS)');
  assert.equal(labels.get('utan-sida'), 'Utan sida');
  // Only a name that changed is an alias: a saved /sok/?roll= link with it still ticks the role.
  assert.deepEqual(roleAliases(roles, labels), { 'Nationella nätverket för samordningsförbund (NNS)': 'Nationella nätverket (NNS)' });
});
