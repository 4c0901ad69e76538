// "Fick du svar på din fråga?" as GOV.UK asks it: a plain link that opens a prefilled issue in the
// repository the site is built from. No script, no third-party request until the reader clicks.

/** The GitHub repository ("owner/name") the site is built from, if known: GitHub Actions sets it. */
export function sourceRepository(env: Record<string, string | undefined> = process.env): string | undefined {
  const repo = env.KUNSKAPSSTOD_REPO || env.GITHUB_REPOSITORY;
  return repo && /^[\w.-]+\/[\w.-]+$/.test(repo) ? repo : undefined;
}

/** The texts of an issue: title, body and the note that the issue is public (from content/i18n/sv.json). */
export interface IssueText {
  title: string;
  body: string;
  publicNote: string;
}

/** A link that opens a new issue with the given texts filled in. */
export function newIssueUrl(repo: string, { title, body, publicNote }: IssueText): string {
  const url = new URL(`https://github.com/${repo}/issues/new`);
  url.searchParams.set('title', title);
  url.searchParams.set('body', `${body}\n\n${publicNote}`);
  return url.href;
}
