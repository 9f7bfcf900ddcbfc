import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site-data.ts';

// Every article's paragraphs for the editor's quote picker and its pre-save quote check, whatever the source
// pages show (with citedParagraphsOnly they leave uncited paragraphs out). Served under /admin/ only.
export const GET: APIRoute = async () => {
  const { articles } = await getSiteData();
  const list = articles.map((article) => ({
    id: article.id,
    title: article.title,
    outlet: article.outlet,
    blocks: article.blocks
      .filter((block) => block.id !== undefined)
      .map((block) => ({ id: block.id, text: block.text })),
  }));
  return new Response(JSON.stringify(list), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
