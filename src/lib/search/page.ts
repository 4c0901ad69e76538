// Browser code of /sok/: reads ?q=, asks Pagefind and renders the results as links.
import { escapeHtml, highlight, queryTerms } from './highlight.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const MAX_RESULTS = 20;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

async function loadPagefind(): Promise<Pagefind> {
  // Built by Pagefind after Astro's build, so the bundler must not try to resolve it.
  const url = '/pagefind/pagefind.js';
  return (await import(/* @vite-ignore */ url)) as Pagefind;
}

function renderResult(data: PagefindResultData, terms: string[]): string {
  const title = highlight(data.meta.title ?? data.url, terms);
  // The best-matching section of the page, so the link lands on the paragraph that answers.
  const section = data.sub_results?.find((s) => s.url !== data.url);
  const href = section?.url ?? data.url;
  const sectionLine = section ? `<p class="sok-section">${highlight(section.title, terms)}</p>` : '';
  return `<li><a href="${escapeHtml(href)}">${title}</a>${sectionLine}<p class="sok-excerpt">${section?.excerpt ?? data.excerpt}</p></li>`;
}

export async function runSearchPage(): Promise<void> {
  const input = document.querySelector<HTMLInputElement>('#sok-q');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !status || !list) return;
  const text = list.dataset;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  list.innerHTML = '';
  if (!query) return;
  status.textContent = text.textLoading ?? '';
  try {
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((r) => r.data()));
    const terms = queryTerms(query);
    list.innerHTML = data.map((d) => renderResult(d, terms)).join('');
    const template = results.length === 0 ? text.textNone : results.length === 1 ? text.textOne : text.textOther;
    status.textContent = fill(template ?? '', { count: results.length, q: query });
  } catch {
    status.textContent = text.textError ?? '';
  }
}
