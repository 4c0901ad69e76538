// The site's change log, collected from the `andringar` of every page: newest first, and as Atom.
import { escapeHtml } from './search/highlight.ts';

export interface Change {
  datum: Date;
  text: string;
  title: string;
  path: string;
}

export function sortChanges(changes: Change[]): Change[] {
  return [...changes].sort((a, b) => b.datum.getTime() - a.datum.getTime() || a.title.localeCompare(b.title, 'sv'));
}

/**
 * The change log as an Atom feed. `home` is the site's public start address with any base path
 * (https://host/kunskapsstod/); page paths are resolved below it.
 */
export function atomFeed(changes: Change[], home: URL, { title, subtitle }: { title: string; subtitle: string }): string {
  const at = (path: string) => new URL(path.replace(/^\/+/, ''), home).href;
  const sorted = sortChanges(changes);
  const updated = (sorted[0]?.datum ?? new Date(0)).toISOString();
  const entries = sorted.map((c) => {
    const url = at(c.path);
    const day = c.datum.toISOString().slice(0, 10);
    return [
      '  <entry>',
      `    <id>${escapeHtml(`${url}#andring-${day}`)}</id>`,
      `    <title>${escapeHtml(`${c.title}: ${c.text}`)}</title>`,
      `    <link rel="alternate" href="${escapeHtml(url)}"/>`,
      `    <updated>${c.datum.toISOString()}</updated>`,
      `    <summary>${escapeHtml(c.text)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${escapeHtml(at('/andringar.xml'))}</id>`,
    `  <title>${escapeHtml(title)}</title>`,
    `  <subtitle>${escapeHtml(subtitle)}</subtitle>`,
    `  <link rel="self" href="${escapeHtml(at('/andringar.xml'))}"/>`,
    `  <link rel="alternate" href="${escapeHtml(at('/om-webbplatsen/andringar/'))}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
