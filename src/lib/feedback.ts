// "Fick du svar på din fråga?" as GOV.UK asks it: a plain link that opens a prefilled issue in the
// repository the site is built from. No script, no third-party request until the reader clicks.

/** The GitHub repository ("owner/name") the site is built from, if known: GitHub Actions sets it. */
export function sourceRepository(env: Record<string, string | undefined> = process.env): string | undefined {
  const repo = env.KUNSKAPSSTOD_REPO || env.GITHUB_REPOSITORY;
  return repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? repo : undefined;
}

export function feedbackUrl(repo: string, page: { title: string; path: string }): string {
  const url = new URL(`https://github.com/${repo}/issues/new`);
  url.searchParams.set('title', `Synpunkt på sidan ”${page.title}”`);
  url.searchParams.set(
    'body',
    [`Sida: ${page.path}`, '', 'Fick du svar på din fråga? Vad saknades eller var svårt att förstå?', '', '(Skriv inga personuppgifter här: ärendet är offentligt.)'].join('\n'),
  );
  return url.href;
}
