// The response counting npm run bench does in several places: every body a page receives, read
// while the page loads; the returned function waits until all have been counted.

/**
 * @param {import('@playwright/test').Page} page
 * @param {(response: import('@playwright/test').Response, body: Buffer) => void} count
 */
export function countBodies(page, count) {
  const pending = [];
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => count(response, body),
        () => {},
      ),
    ),
  );
  return () => Promise.all(pending);
}
