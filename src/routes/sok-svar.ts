// /sok/svar/<fil>.json: one glossary definition or FAQ answer each (lib/search/answer-files.ts).
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { answerData } from '~/lib/search/data';
import { answerFile, type AnswerFile, type AnswerKind } from '~/lib/search/answer-files';

export const getStaticPaths = (async () => {
  const { terms, faqs } = await answerData();
  const files = new Map<string, string>();
  const add = (kind: AnswerKind, entries: Record<string, AnswerFile>) => {
    for (const [anchor, answer] of Object.entries(entries)) {
      const file = answerFile(kind, anchor);
      if (files.has(file))
        throw new Error(`Två direktsvar skulle få samma fil /sok/svar/${file} (ankare "${anchor}"): ge det ena ett annat ankare.`);
      files.set(file, JSON.stringify(answer satisfies AnswerFile));
    }
  };
  add('term', terms);
  add('faq', faqs);
  return [...files].map(([file, json]) => ({ params: { fil: file.replace(/\.json$/, '') }, props: { json } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
