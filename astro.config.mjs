// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { sidebar } from './src/config/sidebar.mjs';
import { validatedElsewhere } from './src/config/links.mjs';
import { customRoutes } from './src/integrations/custom-routes.mjs';
import { securityHeaders } from './src/integrations/headers.mjs';
import { contentGuards } from './src/integrations/content-guards.mjs';
import { linksValidatorSv } from './src/integrations/links-sv.mjs';
import { security } from './src/config/csp.mjs';
import { cssSplit } from './src/integrations/css-split.mjs';
import { cellSpaces } from './src/integrations/cell-spaces.mjs';
import { readerQuestions } from './src/integrations/reader-questions.mjs';
import { searchIndex } from './src/integrations/search-index.mjs';
import { jsBundle } from './src/integrations/js-bundle.mjs';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/config/site.mjs';
import { baseLinks } from './src/markdown/base-links.mjs';
import { tableScroll } from './src/markdown/table-scroll.mjs';
import { sectionSigns } from './src/markdown/section-signs.mjs';
import { lightIconsIntegration } from './src/markdown/light-icons.mjs';

// The public address and the sub-path, from src/config/site.mjs (SITE_URL and BASE_PATH override).
const { site, base } = siteConfig();
// Reader questions go into the index before Starlight builds it and out of the pages after (reader-questions.mjs).
const questions = readerQuestions();

export default defineConfig({
  // Content lives in the top-level content/ folder; Starlight's docsLoader and the links
  // validator expect <srcDir>/content/docs, so srcDir is the project root (see VERIFIED.md §2).
  srcDir: '.',
  site,
  base,
  trailingSlash: 'always',
  // Starlight turns on Astro's prefetch of every link a reader hovers or taps. Its script was a third
  // of each page's JavaScript (0.9 KB gzip of the 30 KB page budget) to save a moment on pages that
  // already load in one or two round trips; on a phone it also spends data on pages never opened.
  prefetch: false,
  markdown: {
    // Content links are written without the base; this step adds it (src/markdown/base-links.mjs).
    // Tables scroll sideways in a named box on a phone instead of breaking words (table-scroll.mjs).
    // "9 §" never breaks between the number and the sign (section-signs.mjs).
    processor: satteri({ hastPlugins: [baseLinks(base), tableScroll(), sectionSigns()] }),
    // Code blocks are highlighted by Starlight's Expressive Code, which turns Astro's own Shiki off
    // anyway, but only after Astro has warned on every build that Shiki's inline styles clash with
    // the CSP. Saying so here keeps that untrue warning out of editors' builds.
    syntaxHighlight: false,
  },
  security,
  vite: {
    build: {
      // Astro inlines small scripts into every page, where they sit in the first round trip and
      // each needs its own hash in the Content-Security-Policy. As files they are deferred, cached
      // across pages and allowed by 'self'. Small stylesheets are still inlined (Vite's default):
      // they block rendering either way, and inline they cost no extra request.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rollupOptions: {
        // Every MDX page triggers a harmless notice about Astro's own "use astro:head-inject"
        // directive; hiding it keeps real warnings visible to editors.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    contentGuards(),
    // Before Starlight, whose build:done hook builds the search index from the pages (cell-spaces.mjs).
    cellSpaces(),
    // Before Starlight too: reader questions go into the index with their headings (reader-questions.mjs).
    questions.before,
    starlight({
      title: 'Kunskapsstöd för finansiell samordning',
      description: 'Vägledning om finansiell samordning av rehabiliteringsinsatser (Finsam) för styrelser, förbundschefer och parter.',
      defaultLocale: 'root',
      locales: { root: { label: 'Svenska', lang: 'sv' } },
      favicon: '/favicon.svg',
      lastUpdated: false,
      sidebar,
      // The site's own 404 page (src/routes/404.astro): Swedish, with search and the chapters.
      disable404Route: true,
      routeMiddleware: './src/starlight/route-data.ts',
      components: {
        MarkdownContent: './src/components/starlight/MarkdownContent.astro',
        Search: './src/components/starlight/Search.astro',
        Footer: './src/components/starlight/Footer.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        LanguageSelect: './src/components/starlight/LanguageSelect.astro',
      },
      customCss: ['./src/styles/site.css'],
      plugins: [linksValidatorSv({ exclude: validatedElsewhere(base) })],
    }),
    // After Starlight: it replaces icons that Starlight's Markdown plugins add (light-icons.mjs).
    lightIconsIntegration(),
    customRoutes(),
    // After Starlight, whose build:done hook builds the search index this reads.
    searchIndex(),
    // After Starlight: the reader questions, indexed, come out of the pages again.
    questions.after,
    jsBundle(),
    securityHeaders(),
    cssSplit(),
  ],
});
