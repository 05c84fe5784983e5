import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelIssue } from '../../model/issues.js';
import { emit } from './events.js';

/**
 * Fires an element's `bsc-error` once its update has rendered what the issues left showing: one
 * event for a render's issues, so that a listener hears of a problem once, with the DOM as it stays.
 */
export class IssueReporter implements ReactiveController {
  #key = '';
  #pending: ModelIssue[] | null = null;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  /** This render's issues, fired only when they differ from the last noted (none: nothing fires). */
  note(issues: ModelIssue[]): void {
    const key = JSON.stringify(issues);
    if (key === this.#key) return;
    this.#key = key;
    this.#pending = issues.length > 0 ? issues : null;
  }

  /** Issues to fire after this update whatever came before (a new `model` that is invalid too). */
  report(issues: ModelIssue[]): void {
    this.#pending = issues;
  }

  hostUpdated(): void {
    const issues = this.#pending;
    if (issues === null) return;
    this.#pending = null;
    emit(this.host, 'bsc-error', { issues });
  }
}
