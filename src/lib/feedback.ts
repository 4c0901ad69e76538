// "Fick du svar på din fråga?" as GOV.UK asks it: a plain link that opens a prefilled issue in the
// repository the site is built from. No script, no third-party request until the reader clicks.

/** The GitHub repository ("owner/name") the site is built from, if known: GitHub Actions sets it. */
export function sourceRepository(env: Record<string, string | undefined> = process.env): string | undefined {
  const repo = env.KUNSKAPSSTOD_REPO || env.GITHUB_REPOSITORY;
  return repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? repo : undefined;
}

const PUBLIC_NOTE = '(Skriv inga personuppgifter här: ärendet är offentligt.)';

function newIssueUrl(repo: string, title: string, body: string[]): string {
  const url = new URL(`https://github.com/${repo}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', [...body, '', PUBLIC_NOTE].join('\n'));
  return url.href;
}

export function feedbackUrl(repo: string, page: { title: string; path: string }): string {
  return newIssueUrl(repo, `Synpunkt på sidan ”${page.title}”`, [`Sida: ${page.path}`, '', 'Fick du svar på din fråga? Vad saknades eller var svårt att förstå?']);
}

/** The reporting route the tillgänglighetsredogörelse offers: an issue that asks for what DIGG's template asks. */
export function accessibilityReportUrl(repo: string): string {
  return newIssueUrl(repo, 'Brist i tillgängligheten', [
    'Sida (adress):',
    '',
    'Vad fungerade inte?',
    '',
    'Vilket hjälpmedel, vilken webbläsare eller vilken inställning använde du (om du vill berätta)?',
  ]);
}
