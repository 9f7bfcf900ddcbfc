import { it } from 'vitest';
import { loadTimeline } from '../../../src/lib/load/index.ts';
import { toEventCsl, toArticleCsl, formatCitation, formatCitationHtml, formatInTextCitation } from '../../../src/lib/cite/index.ts';
it('prints', async () => {
  const t = await loadTimeline('content');
  const accessed = { year: 2026, month: 11, day: 23 };
  const ev = t.events.find((e) => e.id === 'ceasefire-statement-2020-11-10')!;
  const item = toEventCsl(ev, { siteName: t.config.title, publisher: t.config.publisher, language: t.config.language, siteUrl: 'http://localhost:4321/', accessed });
  for (const f of ['apa', 'mla', 'chicago', 'harvard', 'bibtex', 'ris', 'csl-json'] as const) console.log(f, '\n' + formatCitation([item], f));
  console.log(formatCitationHtml([item], 'mla'));
  for (const s of ['apa', 'mla', 'chicago', 'harvard'] as const) console.log(s, formatInTextCitation([item], s));
  const arts = t.articles.map((a) => toArticleCsl(a, { accessed }));
  for (const f of ['apa', 'mla', 'chicago', 'harvard', 'bibtex', 'ris'] as const) console.log(f, '\n' + formatCitation(arts, f));
});
