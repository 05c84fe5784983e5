import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '../custom-elements.json' with { type: 'json' };
// Every built-in translation, so the locale toolbar speaks in every story.
import '../src/format/locales/index.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

/** Locales the toolbar offers; the right-to-left ones get `dir="rtl"` on the story root. */
const locales = [
  { value: 'en-US', title: 'English (US)' },
  { value: 'de-DE', title: 'Deutsch' },
  { value: 'ar-EG', title: 'العربية (مصر)', dir: 'rtl' },
  { value: 'ja-JP', title: '日本語' },
] as const;

/**
 * Wraps every story in the element the kit's theme and locale hang from: the toolbar's `theme`
 * and `locale` land as attributes there (elements read `locale` from the nearest ancestor). Kit
 * elements take light or dark from the inherited `--bsc-color-scheme` (an attribute on a plain
 * `div` means nothing to them), so the root sets it, with the page's own `color-scheme`;
 * preview-head.html gives the page the matching background.
 */
const withThemeAndLocale: Decorator = (story, { globals }) => {
  const theme = globals['theme'] === 'dark' ? 'dark' : 'light';
  const locale = locales.find((l) => l.value === globals['locale']) ?? locales[0];
  const dir = 'dir' in locale ? locale.dir : 'ltr';
  return html`<div
    data-bsc-story-root
    theme=${theme}
    locale=${locale.value}
    lang=${locale.value}
    dir=${dir}
    style=${`--bsc-color-scheme: ${theme}; color-scheme: ${theme}`}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLocale],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of labels and numbers',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: locales.map(({ value, title }) => ({ value, title, right: value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // DESIGN §4: axe-core finds nothing in any story.
    a11y: { test: 'error' },
  },
};

export default preview;
