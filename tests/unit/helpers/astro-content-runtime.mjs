// What `astro:content` gives content.config.ts at config time (astro/templates/content/module.mjs):
// the same `defineCollection` and `reference()`, without the parts that need a running build.
import { createReference } from 'astro/content/runtime';

export { defineCollection } from 'astro/content/runtime';
export const reference = createReference();
