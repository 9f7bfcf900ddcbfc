import type { ArticleBlock } from '../timeline-model.ts';

const BREAK = /^(\*\s*){3,}$/;
const HEADING = /^##\s+/;

/**
 * Split an article body into blocks. The body is plain text, not Markdown: paragraphs are separated by blank
 * lines; a paragraph starting `## ` is a heading that belongs to the text; a paragraph `* * *` marks where a
 * second article stitched into the same page begins. Ids count from 1 and depend only on the block's position,
 * so they stay put as long as the text does.
 */
export function parseArticleText(body: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let counter = 0;
  for (const raw of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const text = raw.trim().replace(/\s*\n\s*/g, ' ');
    if (text === '') continue;
    if (BREAK.test(text)) {
      blocks.push({ kind: 'break', text: '' });
      continue;
    }
    counter += 1;
    const id = `p${counter}`;
    blocks.push(
      HEADING.test(text) ? { kind: 'heading', id, text: text.replace(HEADING, '') } : { kind: 'paragraph', id, text },
    );
  }
  return blocks;
}
