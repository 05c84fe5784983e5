import { css, html, nothing, type TemplateResult } from 'lit';
import { commentWords, type ShownComment } from '../../format/comment.js';
import type { Labels } from '../../format/labels.js';
import '../../format/english/comments.js';

/**
 * A node's comments for the shown period, as the KPI card, the scorecard's KPI panel and the
 * objective show them: each comment's kind, its text (as text, line breaks kept), its author and
 * its date. The parts are the same in every element: `comments`, `comment`, `comment-kind`,
 * `comment-text`, `comment-meta`, `comment-author`, `comment-date`.
 */
export function commentList(
  comments: readonly ShownComment[],
  locale: string,
  labels: Labels,
  name: string = labels.commentary,
): TemplateResult | typeof nothing {
  if (comments.length === 0) return nothing;
  return html`<ul part="comments" class="comments" aria-label=${name}>
    ${comments.map((comment) => {
      const words = commentWords(comment, locale, labels);
      return html`<li part="comment" class="comment ${comment.kind ?? ''}">
        <p class="comment-body"><span part="comment-kind" class="comment-kind">${words.kind}</span><span class="vh">${labels.separator}</span>
          <span part="comment-text" class="comment-text">${words.text}</span></p>
        ${
          words.author === null && words.date === null
            ? nothing
            : html`<p part="comment-meta" class="comment-meta">
              ${words.author === null ? nothing : html`<span part="comment-author">${words.author}</span>`}
              ${words.date === null ? nothing : html`<time part="comment-date" datetime=${comment.date!.slice(0, 10)}>${words.date}</time>`}
            </p>`
        }
      </li>`;
    })}
  </ul>`;
}

/**
 * The mark beside a KPI's name that it has a comment for the shown period: a glyph, and its words
 * for screen readers (after the name: "On-time delivery, Commented") and as a tooltip.
 */
export function commentMarker(labels: Labels, part: string): TemplateResult {
  return html`<span part=${part} class="comment-marker" title=${labels.hasComment}><span aria-hidden="true">✎</span><span class="vh">${labels.separator}${labels.hasComment}</span></span>`;
}

// Why some rules are as they are:
// - A comment keeps the line breaks its author wrote (it is text, so `pre-line` is all there is of layout), and breaks a long word rather than overflow.
// - The kind and the mark use the accent colour only beside a word or a glyph: never colour alone.
export const commentListStyles = css`
  .comments {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .comment {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 3px solid var(--_color-border);
  }
  .comment-body,
  .comment-meta {
    margin: 0;
  }
  .comment-kind {
    display: block;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-weight: var(--_font-weight-strong);
  }
  .comment-text {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .comment-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .comment-marker {
    margin-inline-start: 0.3em;
    color: var(--_color-accent);
    font-size: var(--_font-size-small);
    cursor: help;
  }
  @media (forced-colors: active) {
    .comment {
      border-inline-start-color: CanvasText;
    }
    .comment-marker {
      color: CanvasText;
    }
  }
`;
