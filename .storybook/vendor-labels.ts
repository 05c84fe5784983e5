import { applyVendorLabels, type VendorTheme } from '../demo/themes/labels.js';

interface Watch {
  observer: MutationObserver;
  theme: VendorTheme | undefined;
  locale: string;
}

const watches = new WeakMap<Element, Watch>();

/**
 * Keeps a vendor theme's status words on the kit elements under a story's root: now, and for
 * elements a story renders later (a re-render with new args, a story that adds elements itself).
 * The root is the decorator's, so it lives as long as the story; the observer goes with it.
 */
export function watchVendorLabels(root: Element, theme: VendorTheme | undefined, locale: string): void {
  let watch = watches.get(root);
  if (!watch) {
    const observer = new MutationObserver(() => {
      const current = watches.get(root);
      if (current) applyVendorLabels(root, current.theme, current.locale);
    });
    observer.observe(root, { childList: true, subtree: true });
    watch = { observer, theme, locale };
    watches.set(root, watch);
  }
  watch.theme = theme;
  watch.locale = locale;
  // The story's own template renders after the root's attributes, in the same update.
  queueMicrotask(() => applyVendorLabels(root, theme, locale));
}
