import type * as ReactModule from 'react';
import { CITATION_WIDGET } from '../../lib/cms/cms-config.ts';
import type { EditorArticle } from '../../lib/cms/check-entry.ts';
import { selectQuote } from '../../lib/cms/quote-selection.ts';
import { citationSchema } from '../../lib/load/content-schemas.ts';
import { findQuote } from '../../lib/load/find-quote.ts';
import { locateQuote } from '../../lib/load/locate-quote.ts';

/**
 * The quote picker: Decap CMS's control for one citation. The editor chooses an article, reads its paragraphs and
 * selects a passage with the mouse; the stored quote is that slice of the article's own text (widened to whole
 * words, inside one paragraph), so it is verbatim by construction. There is no text box for the quote.
 */

/** A citation as the picker edits it, in the key order a hand-written file uses. */
interface CitationValue {
  article?: string;
  quote?: string;
  stance?: 'fact' | 'claim';
  claimant?: string;
}

interface ControlProps {
  readonly value: unknown;
  readonly onChange: (value: CitationValue) => void;
  readonly forID: string;
  readonly classNameWrapper: string;
}

// Decap hands over a value read from a file as an Immutable Map, and the picker's own changes as plain objects.
function toPlain(value: unknown): CitationValue {
  if (value === null || value === undefined) return {};
  const withToJs = value as { toJS?: () => unknown };
  return (typeof withToJs.toJS === 'function' ? withToJs.toJS() : value) as CitationValue;
}

/** Rebuild the value in the schema's key order, leaving out what is empty (a claimant only with stance "claim"). */
function ordered(value: CitationValue): CitationValue {
  const out: CitationValue = {};
  if (value.article) out.article = value.article;
  if (value.quote) out.quote = value.quote;
  out.stance = value.stance ?? 'fact';
  if (out.stance === 'claim' && value.claimant) out.claimant = value.claimant;
  return out;
}

/** `field: reason` messages for one citation, as the build words them. */
export function citationProblems(value: CitationValue, articles: readonly EditorArticle[]): string[] {
  const parsed = citationSchema.safeParse(ordered(value));
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const field = issue.path.join('.');
      return issue.code === 'invalid_type' ? `${field}: required field is missing` : `${field}: ${issue.message}`;
    });
  }
  const article = articles.find((a) => a.id === parsed.data.article);
  if (article === undefined) return [`article: unknown article "${parsed.data.article}"`];
  const location = locateQuote(article.blocks, parsed.data.quote, article.id);
  return location.found ? [] : [`quote: ${location.message}`];
}

/** Register the picker with Decap CMS, for the given articles (read once from /admin/articles.json). */
export function registerCitationWidget(
  cms: { registerWidget: (name: string, control: unknown) => void },
  React: typeof ReactModule,
  articles: readonly EditorArticle[],
): void {
  const h = React.createElement;

  class CitationControl extends React.Component<ControlProps, { selectionProblem: string }> {
    override state = { selectionProblem: '' };

    /** Decap asks before saving; a message here is shown next to the field and stops the save. */
    isValid(): true | { error: { type: string; message: string } } {
      const problems = citationProblems(toPlain(this.props.value), articles);
      return problems.length === 0 ? true : { error: { type: 'CUSTOM', message: problems.join('; ') } };
    }

    change(patch: CitationValue): void {
      this.props.onChange(ordered({ ...toPlain(this.props.value), ...patch }));
    }

    pick = (event: ReactModule.MouseEvent<HTMLElement>): void => {
      const selection = document.getSelection();
      if (selection === null || selection.isCollapsed || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      const paragraph = (range.startContainer.parentElement ?? undefined)?.closest('[data-paragraph]');
      const endParagraph = (range.endContainer.parentElement ?? undefined)?.closest('[data-paragraph]');
      if (!paragraph || paragraph !== endParagraph || !event.currentTarget.contains(paragraph)) {
        this.setState({ selectionProblem: 'select a passage inside one paragraph' });
        return;
      }
      // Offsets in the paragraph's text, whatever <mark> splits it into.
      const before = document.createRange();
      before.selectNodeContents(paragraph);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const text = paragraph.textContent ?? '';
      const picked = selectQuote(text, start, start + range.toString().length);
      if (!picked.ok) {
        this.setState({ selectionProblem: picked.reason });
        return;
      }
      this.setState({ selectionProblem: '' });
      this.change({ quote: picked.quote });
    };

    paragraph(block: { id?: string | undefined; text: string }, quote: string | undefined): ReactModule.ReactNode {
      const range = quote === undefined ? undefined : findQuote(block.text, quote);
      const parts =
        range === undefined
          ? [block.text]
          : [
              block.text.slice(0, range.start),
              h('mark', { key: 'm' }, block.text.slice(range.start, range.end)),
              block.text.slice(range.end),
            ];
      return h('p', { key: block.id, 'data-paragraph': block.id }, ...parts);
    }

    override render(): ReactModule.ReactNode {
      const value = toPlain(this.props.value);
      const id = this.props.forID;
      const article = articles.find((a) => a.id === value.article);
      return h(
        'div',
        { className: `${this.props.classNameWrapper} tl-citation`, id, 'data-citation-picker': '' },
        h(
          'label',
          null,
          'Article ',
          h(
            'select',
            {
              name: 'article',
              value: value.article ?? '',
              onChange: (e: ReactModule.ChangeEvent<HTMLSelectElement>) =>
                this.change({ article: e.target.value, quote: '' }),
            },
            h('option', { value: '' }, '— choose the source article —'),
            ...articles.map((a) => h('option', { key: a.id, value: a.id }, `${a.title} (${a.id})`)),
          ),
        ),
        article === undefined
          ? null
          : h(
              'div',
              { 'data-article-text': article.id, onMouseUp: this.pick, className: 'tl-citation-text' },
              ...article.blocks.filter((b) => b.id !== undefined).map((b) => this.paragraph(b, value.quote)),
            ),
        h('p', { 'data-selection-problem': '', role: 'status' }, this.state.selectionProblem),
        h(
          'p',
          null,
          'Quote: ',
          value.quote
            ? h('q', { 'data-quote': '' }, value.quote)
            : h('em', null, 'select a passage in the article above'),
        ),
        h(
          'label',
          null,
          'Stance ',
          h(
            'select',
            {
              name: 'stance',
              value: value.stance ?? 'fact',
              onChange: (e: ReactModule.ChangeEvent<HTMLSelectElement>) =>
                this.change({ stance: e.target.value as 'fact' | 'claim' }),
            },
            h('option', { value: 'fact' }, 'fact: the article states it'),
            h('option', { value: 'claim' }, 'claim: someone the article quotes says it'),
          ),
        ),
        value.stance === 'claim'
          ? h(
              'label',
              null,
              'Claimant (required: who makes the claim) ',
              h('input', {
                name: 'claimant',
                value: value.claimant ?? '',
                required: true,
                onChange: (e: ReactModule.ChangeEvent<HTMLInputElement>) => this.change({ claimant: e.target.value }),
              }),
            )
          : null,
      );
    }
  }

  cms.registerWidget(CITATION_WIDGET, CitationControl);
}
