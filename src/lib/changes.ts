// The site's change log, collected from the `andringar` of every page: newest first, and as Atom.
// The launch put every page online on one day; listed page by page it drowned the real changes, so
// it is told as one event ("Webbplatsen publicerades med N sidor") and later changes one by one.
// Among one day's changes, corrected facts come first: the start page shows only the newest few.
import { Feed } from 'feed';
import { escapeHtml } from './search/highlight.ts';

export interface Change {
  datum: Date;
  text: string;
  title: string;
  path: string;
  /** A change to how the site works, not to the guidance: readers looking for news skip it. */
  webbplats?: boolean;
  /** A corrected fact: what a reader most needs to know, so it leads the changes of its day. */
  rattelse?: boolean;
}

/** One line of the change log: a change to one page, or the launch of the site as a whole. */
export type ChangeLine = ({ kind: 'page' } & Change) | { kind: 'launch'; datum: Date; pages: number };

/** Newest first; on the same day corrections of facts first, then by page title. */
export function sortChanges(changes: Change[]): Change[] {
  return [...changes].sort(
    (a, b) => b.datum.getTime() - a.datum.getTime() || Number(!!b.rattelse) - Number(!!a.rattelse) || a.title.localeCompare(b.title, 'sv'),
  );
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The change log as readers see it, newest first. The launch is the earliest day in the log when
 * more than one page has an entry on it: every entry of that day is the pages being published, so
 * they become one line counting the pages. A page published later is a change of its own.
 */
export function changeLines(changes: Change[]): ChangeLine[] {
  const sorted = sortChanges(changes);
  const first = sorted.at(-1);
  if (!first) return [];
  const launchDay = day(first.datum);
  const onLaunchDay = sorted.filter((c) => day(c.datum) === launchDay);
  const pages = new Set(onLaunchDay.map((c) => c.path)).size;
  if (pages < 2) return sorted.map((c) => ({ kind: 'page', ...c }));
  const later: ChangeLine[] = sorted.filter((c) => day(c.datum) !== launchDay).map((c) => ({ kind: 'page', ...c }));
  return [...later, { kind: 'launch', datum: first.datum, pages }];
}

export interface FeedText {
  title: string;
  subtitle: string;
  /** The launch line's text for a number of pages, as the change log shows it. */
  launch: (pages: number) => string;
}

/**
 * The change log as an Atom feed, written by the `feed` package. `home` is the site's public start
 * address with any base path (https://host/kunskapsstod/); page paths are resolved below it.
 */
export function atomFeed(changes: Change[], home: URL, { title, subtitle, launch }: FeedText): string {
  const at = (path: string) => new URL(path.replace(/^\/+/, ''), home).href;
  const lines = changeLines(changes);
  const self = at('/andringar.xml');
  const feed = new Feed({
    id: self,
    title,
    description: subtitle,
    link: at('/om-webbplatsen/andringar/'),
    feedLinks: { atom: self },
    updated: lines[0]?.datum ?? new Date(0),
    generator: false,
  });
  for (const line of lines) {
    const link = at(line.kind === 'page' ? line.path : '/');
    const text = line.kind === 'page' ? line.text : launch(line.pages);
    feed.addItem({
      // Ids stay what they were for page changes, so feed readers do not show old entries as new.
      id: `${link}#${line.kind === 'page' ? 'andring' : 'publicering'}-${day(line.datum)}`,
      link,
      // The package marks entry text as HTML: escaped, plain text stays plain text.
      title: escapeHtml(line.kind === 'page' ? `${line.title}: ${text}` : text),
      description: escapeHtml(text),
      date: line.datum,
    });
  }
  // Atom carries the language as xml:lang, which the package has no option for.
  return `${feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">')}\n`;
}
