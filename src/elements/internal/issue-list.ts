import { css, html, nothing } from 'lit';
import type { ModelIssue } from '../../model/issues.js';

/**
 * What could not be used, as the scorecard and the cascade show it: a title and the issues, each
 * with where it is (`issue-path`) and what is wrong. An `alert` (nothing could be shown) is announced;
 * a `notice` (above what still shows) is not.
 */
export function issueList(
  issues: readonly ModelIssue[],
  title: string,
  { alert = true, where = (issue: ModelIssue) => issue.path }: { alert?: boolean; where?: (issue: ModelIssue) => string } = {},
) {
  return html`<div part="error" class=${alert ? 'alert' : 'notice'} role=${alert ? 'alert' : nothing}>
    <p part="error-title">${title}</p>
    <ul part="issues">
      ${issues.map((issue) => {
        const place = where(issue);
        return html`<li part="issue">${place ? html`<code part="issue-path">${place}</code> ` : nothing}${issue.message}</li>`;
      })}
    </ul>
  </div>`;
}

export const issueListStyles = css`
  [part='error'] {
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_color-error);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    background: var(--_color-error-surface);
    color: var(--_color-text);
  }
  [part='error'].notice {
    border-color: var(--_color-border);
    border-inline-start-color: var(--_color-error);
    background: none;
  }
  [part='error-title'] {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_color-error);
    font-weight: var(--_font-weight-strong);
  }
  [part='issues'] {
    margin: 0;
    padding-inline-start: 1.25rem;
    list-style: disc;
  }
  [part='issue-path'] {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
`;

/** The list's styles, for the scorecard, which loads this module when it has issues to show (scorecard-parts.ts). */
export { issueListStyles as styles };
