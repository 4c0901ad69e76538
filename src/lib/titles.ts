// Page titles as readers meet them in the browser tab, the menu, search results and the change log.

/** The tab title: "page | site", or the site's name once when the page carries it as its title. */
export function tabTitle(pageTitle: string, siteTitle: string, delimiter = '|'): string {
  return pageTitle.trim() === siteTitle.trim() ? siteTitle : `${pageTitle} ${delimiter} ${siteTitle}`;
}

/** Titles used by more than one page, with the pages that share each: readers cannot tell them apart. */
export function duplicateTitles(pages: { title: string; path: string }[]): Map<string, string[]> {
  const byTitle = new Map<string, string[]>();
  for (const { title, path } of pages) {
    const key = title.trim().toLocaleLowerCase('sv');
    byTitle.set(key, [...(byTitle.get(key) ?? []), path]);
  }
  return new Map([...byTitle].filter(([, paths]) => paths.length > 1));
}
