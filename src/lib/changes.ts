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

export function atomFeed(changes: Change[], site: URL, { title, subtitle }: { title: string; subtitle: string }): string {
  const sorted = sortChanges(changes);
  const updated = (sorted[0]?.datum ?? new Date(0)).toISOString();
  const entries = sorted.map((c) => {
    const url = new URL(c.path, site).href;
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
    `  <id>${escapeHtml(new URL('/andringar.xml', site).href)}</id>`,
    `  <title>${escapeHtml(title)}</title>`,
    `  <subtitle>${escapeHtml(subtitle)}</subtitle>`,
    `  <link rel="self" href="${escapeHtml(new URL('/andringar.xml', site).href)}"/>`,
    `  <link rel="alternate" href="${escapeHtml(new URL('/om-webbplatsen/andringar/', site).href)}"/>`,
    `  <updated>${updated}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
