// Pages that are not Markdown content (search, later statistics and feeds) live in src/routes/.
// With srcDir '.' Astro would look for them in ./pages/, so they are injected explicitly here.
/** @returns {import('astro').AstroIntegration} */
export function customRoutes() {
  return {
    name: 'kunskapsstod:routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/sok', entrypoint: './src/routes/sok.astro' });
        injectRoute({ pattern: '/sok/data.json', entrypoint: './src/routes/sok-data-json.ts' });
        injectRoute({ pattern: '/sok/svar/[fil].json', entrypoint: './src/routes/sok-svar.ts' });
        injectRoute({ pattern: '/statistik/[id].csv', entrypoint: './src/routes/statistik-csv.ts' });
        injectRoute({ pattern: '/andringar.xml', entrypoint: './src/routes/andringar-xml.ts' });
        injectRoute({ pattern: '/skriv-ut/[kapitel]', entrypoint: './src/routes/skriv-ut.astro' });
        injectRoute({ pattern: '/404', entrypoint: './src/routes/404.astro' });
        injectRoute({ pattern: '/vagvisare', entrypoint: './src/routes/vagvisare/index.astro' });
        injectRoute({ pattern: '/vagvisare/[...sida]', entrypoint: './src/routes/vagvisare/[...sida].astro' });
        injectRoute({ pattern: '/kallor', entrypoint: './src/routes/kallor.astro' });
        injectRoute({ pattern: '/kallor/[id]', entrypoint: './src/routes/kalla.astro' });
      },
    },
  };
}
