// Wraps starlight-links-validator so that an editor reads broken links in Swedish, with the content
// file and line, the address as written and the nearest page or heading that exists. The validator
// itself prints its report in English and ends with a stack trace pointing into node_modules; here
// its own output is held back, its JSON report is read instead and the build fails with our lines.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import starlightLinksValidator from 'starlight-links-validator';
import { contentError } from '../lib/content-error.ts';
import { swedishLinkErrors } from '../lib/link-report.ts';

/** English lines the validator logs that the Swedish report replaces. */
const REPLACED = [/^Links validation failed/, /^Links validation report written to/];

/** @param {Parameters<typeof starlightLinksValidator>[0]} options */
export function linksValidatorSv(options = {}) {
  const plugin = starlightLinksValidator({ ...options, reporters: { json: true, githubActions: false } });
  const setup = plugin.hooks['config:setup'];
  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      /** @param {any} params */
      'config:setup'(params) {
        const root = fileURLToPath(params.astroConfig.root);
        const quiet = Object.assign(Object.create(params.logger), {
          error: (/** @type {string} */ m) => REPLACED.some((r) => r.test(m)) || params.logger.error(m),
          info: (/** @type {string} */ m) => REPLACED.some((r) => r.test(m)) || params.logger.info(m),
        });
        return setup?.({
          ...params,
          logger: quiet,
          addIntegration: (/** @type {import('astro').AstroIntegration} */ integration) => {
            const done = integration.hooks['astro:build:done'];
            if (done)
              integration.hooks['astro:build:done'] = (opts) => reportInSwedish(done, opts, root, params.astroConfig.base, params.logger);
            params.addIntegration(integration);
          },
        });
      },
    },
  };
}

/**
 * Runs the validator with its console report held back, then fails the build with Swedish lines.
 * @param {(opts: any) => unknown} done
 * @param {any} opts
 * @param {string} root
 * @param {string} base
 * @param {import('astro').AstroIntegrationLogger} logger
 */
async function reportInSwedish(done, opts, root, base, logger) {
  const reportFile = join(root, '.starlight-links-validator/errors.json');
  const consoleError = console.error;
  let failure;
  console.error = () => {};
  try {
    await done(opts);
  } catch (error) {
    failure = error;
  } finally {
    console.error = consoleError;
  }
  if (!existsSync(reportFile)) {
    if (failure) throw failure;
    logger.info('Alla interna länkar fungerar.');
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  rmSync(join(root, '.starlight-links-validator'), { recursive: true, force: true });
  const outDir = fileURLToPath(opts.dir);
  const pages = opts.pages.map((/** @type {{ pathname: string }} */ p) => `/${p.pathname}`.replace(/\/+$/, '/').replace(/^\/\/$/, '/'));
  const lines = swedishLinkErrors(report.errors, { pages, base, anchors: (page) => anchorsOf(join(outDir, page, 'index.html')) });
  for (const line of lines) logger.error(line);
  throw contentError(`${lines.length} ${lines.length === 1 ? 'länk fungerar' : 'länkar fungerar'} inte (se ovan).`, lines);
}

/** @param {string} htmlFile @returns {string[]} */
function anchorsOf(htmlFile) {
  if (!existsSync(htmlFile)) return [];
  return [...readFileSync(htmlFile, 'utf8').matchAll(/\sid="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((id) => !id.startsWith('starlight__') && id !== '_top');
}
