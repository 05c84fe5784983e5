import { css } from 'lit';

export const cascadeStyles = css`
  :host {
    display: block;
    --_indent: var(--bsc-cascade-indent, 1.5rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--_space);
  }
  [part='toolbar'] {
    display: flex;
    justify-content: flex-end;
  }
  [part='filter'] {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    cursor: pointer;
  }
  [part='filter'] input {
    margin: 0;
    accent-color: var(--_color-accent);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* The tree is flat; each level is indented, with a guide line under its parent's chevron. */
  [role='treeitem'] {
    --_depth: 0;
  }
  [role='treeitem']:not([aria-level='1']) {
    margin-inline-start: calc(var(--_depth) * var(--_indent) + var(--_indent) / 2);
    padding-inline-start: calc(var(--_indent) / 2);
    border-inline-start: 1px solid var(--_color-border);
  }
  [role='treeitem'][aria-level='3'] {
    --_depth: 1;
  }
  [role='treeitem'][aria-level='4'] {
    --_depth: 2;
  }
  [role='treeitem'][aria-level='5'] {
    --_depth: 3;
  }
  [role='treeitem'][aria-level='6'] {
    --_depth: 4;
  }
  [role='treeitem'][aria-level='7'] {
    --_depth: 5;
  }
  [role='treeitem'][aria-level='8'] {
    --_depth: 6;
  }
  [role='treeitem'][aria-level='9'] {
    --_depth: 7;
  }
  [role='treeitem']:focus {
    outline: none;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }
  .row:hover {
    background: var(--_color-surface-raised);
  }
  [role='treeitem']:focus-visible > .row {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  [aria-selected='true'] > .row {
    border-inline-start-color: var(--_color-accent);
    background: var(--_color-surface-raised);
  }
  .toggle {
    display: inline-flex;
    width: 1rem;
    height: 1rem;
    flex: none;
  }
  .toggle svg {
    width: 100%;
    height: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    transition: transform var(--_transition);
  }
  [aria-expanded='true'] > .row .toggle svg {
    transform: rotate(90deg);
  }
  :host(:dir(rtl)) .toggle svg {
    transform: scaleX(-1);
  }
  :host(:dir(rtl)) [aria-expanded='true'] > .row .toggle svg {
    transform: rotate(-90deg) scaleX(-1);
  }
  .who {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space);
    flex: 1 1 12rem;
    min-width: 0;
  }
  .title {
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }
  .owner,
  .serves,
  .reason {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .score {
    font-variant-numeric: tabular-nums;
    font-weight: var(--_font-weight-strong);
  }
  .missing-mark {
    padding: 0 calc(var(--_space) / 2);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text-muted);
  }
  .missing > .row .title {
    color: var(--_color-text-muted);
  }
  .reason {
    margin: 0 0 calc(var(--_space) / 2);
    padding-inline-start: calc(var(--_space) + 1.5rem);
    overflow-wrap: anywhere;
  }
  .alignments {
    display: grid;
    gap: 0.125rem;
    margin-block-end: calc(var(--_space) / 2);
    padding-inline-start: calc(var(--_space) + 0.25rem);
  }
  .alignment {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 calc(var(--_space) / 2);
  }
  .line {
    width: 1rem;
    height: 1rem;
    flex: none;
    fill: none;
    stroke: var(--_color-border);
    stroke-width: 1.5;
    overflow: visible;
  }
  :host(:dir(rtl)) .line {
    transform: scaleX(-1);
  }
  .objective {
    overflow-wrap: anywhere;
  }
  [part='loading'],
  [part='empty'] {
    margin: 0;
    padding: var(--_space);
    color: var(--_color-text-muted);
  }
  @media (forced-colors: active) {
    [aria-selected='true'] > .row {
      border-inline-start-color: Highlight;
    }
  }
`;
