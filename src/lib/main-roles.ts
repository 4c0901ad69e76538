// Which roles a page is written for, for the role filter of /sok/. A page's `roller` lists every role
// it concerns, so nearly every page lists the board and the förbundschef, and a reader who chose their
// role kept every result (review: "förbundsordning" filtered on Styrelsen kept all 14). What the
// editors already say about who a page is for is used instead, and nothing new is asked of them:
// - a role's own page (`sida` in content/roller/), and
// - the reading path written for a role (a page in content/docs/lasvagar/ with that role in its
//   `roller`), with every page its numbered steps lead to.
// A role no reading path is written for (revisorerna, NNS …) keeps the pages that list it: its list
// is short already, and its own page alone would leave out the pages about its work ("Revision").

export interface RolePage {
  /** The page's address, /chapter/page/. */
  path: string;
  /** The ids of the roles in its `roller`. */
  roller: string[];
  /** For a reading path: the addresses its numbered steps lead to. */
  steps?: string[];
}

/**
 * The addresses a reading path's steps lead to: the first link of every numbered line that starts with
 * a link in bold ("1. **[Styrelsen](/roller/styrelsen/).** …"), as every reading path writes a
 * step; without its #section.
 */
export function stepsOf(body: string): string[] {
  const steps = [...body.matchAll(/^\s*\d+\.\s+\*\*\[[^\]]*\]\((\/[^)#\s]*)/gm)].map((m) => m[1]);
  return [...new Set(steps)];
}

/** The ids of the roles each page is written for, by address (see the top of this file). */
export function mainRoles(pages: RolePage[], roleHome: Map<string, string>): Map<string, string[]> {
  const paths = pages.filter((p) => p.steps?.length);
  const withPath = new Set(paths.flatMap((p) => p.roller));
  const forRole = new Map<string, Set<string>>();
  const add = (path: string, role: string) => (forRole.get(path) ?? forRole.set(path, new Set()).get(path)!).add(role);
  for (const [role, home] of roleHome) add(home, role);
  for (const p of paths)
    for (const role of p.roller) {
      add(p.path, role);
      for (const step of p.steps!) add(step, role);
    }
  for (const p of pages) for (const role of p.roller) if (!withPath.has(role)) add(p.path, role);
  return new Map(pages.map((p) => [p.path, [...(forRole.get(p.path) ?? [])]]));
}

/** A role in content/roller/: its id, its name there, and its own page. */
export interface RoleEntry {
  id: string;
  namn: string;
  sida: string;
}

/**
 * Each role's name in /sok/'s role filter, by id: as the menu names the role's page (`menu`, the page's
 * sidebar label, else its title, by address), so that the filter and the menu say the same; the role's
 * `namn` when its page is not in the menu.
 */
export function roleLabels(roles: RoleEntry[], menu: Map<string, string>): Map<string, string> {
  return new Map(roles.map((r) => [r.id, menu.get(r.sida) ?? r.namn]));
}

/**
 * The names the role filter used before it named roles as the menu does, each with the name it has
 * now: until December 2026 the filter said each role's `namn` (git log -S 'Nationella nätverket (NNS)'),
 * so a saved /sok/?roll=Nationella+nätverket+för+samordningsförbund+(NNS) must still tick NNS.
 */
export function roleAliases(roles: RoleEntry[], labels: Map<string, string>): Record<string, string> {
  return Object.fromEntries(roles.flatMap((r) => (labels.get(r.id) && labels.get(r.id) !== r.namn ? [[r.namn, labels.get(r.id)!]] : [])));
}
