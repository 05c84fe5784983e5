import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json' with { type: 'json' };
// Every built-in translation, so the locale toolbar speaks in every story.
import '../src/format/locales/index.js';
// The demo's white-label themes, exactly as a vendor's page would load them: scoped by a class.
import '../demo/themes/vendor-a.css';
import '../demo/themes/vendor-b.css';
import { isVendorTheme, type VendorTheme } from '../demo/themes/labels.js';
import { watchVendorLabels } from './vendor-labels.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

/** Locales the toolbar offers; the right-to-left ones get `dir="rtl"` on the story root. */
const locales = [
  { value: 'en-US', title: 'English (US)' },
  { value: 'de-DE', title: 'Deutsch' },
  { value: 'ar-EG', title: 'العربية (مصر)', dir: 'rtl' },
  { value: 'ja-JP', title: '日本語' },
] as const;

/** The toolbar's themes: the kit's own light and dark, and the two white-label themes of demo/themes/. */
const themes = [
  { value: 'light', title: 'Light', icon: 'sun', scheme: 'light' },
  { value: 'dark', title: 'Dark', icon: 'moon', scheme: 'dark' },
  { value: 'vendor-a', title: 'Vendor A (light, serif, teal)', icon: 'paintbrush', scheme: 'light' },
  { value: 'vendor-b', title: 'Vendor B (dark, condensed)', icon: 'paintbrush', scheme: 'dark' },
] as const satisfies readonly { value: string; scheme: 'light' | 'dark' }[];

/**
 * Wraps every story in the element the kit's theme and locale hang from: the toolbar's `theme`
 * and `locale` land as attributes there (elements read `locale` from the nearest ancestor). Kit
 * elements take light or dark from the inherited `--bsc-color-scheme` (an attribute on a plain
 * `div` means nothing to them), so the root sets it, with the page's own `color-scheme`;
 * preview-head.html gives the page the matching background.
 *
 * A vendor theme is a class on the root, as on a vendor's page: its style sheet sets the tokens
 * (`--bsc-color-scheme` included) and parts; its status words are labels, which the root gives to
 * every kit element in the story that is not inside a scorecard.
 */
const withThemeAndLocale: Decorator = (story, { globals }) => {
  const theme = themes.find((t) => t.value === globals['theme']) ?? themes[0];
  const vendor: VendorTheme | undefined = isVendorTheme(theme.value) ? theme.value : undefined;
  const locale = locales.find((l) => l.value === globals['locale']) ?? locales[0];
  const dir = 'dir' in locale ? locale.dir : 'ltr';
  return html`<div
    data-bsc-story-root
    class=${vendor ?? ''}
    theme=${theme.scheme}
    locale=${locale.value}
    lang=${locale.value}
    dir=${dir}
    style=${vendor ? `color-scheme: ${theme.scheme}` : `--bsc-color-scheme: ${theme.scheme}; color-scheme: ${theme.scheme}`}
    ${ref((root) => root && watchVendorLabels(root, vendor, locale.value))}
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
        items: themes.map(({ value, title, icon }) => ({ value, title, icon })),
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
    options: {
      storySort: { order: ['Docs', ['Getting started', 'Model reference', 'Status rules', 'Theming', 'Events', 'Accessibility'], '*'] },
    },
    controls: { expanded: true },
    // DESIGN §4: axe-core finds nothing in any story.
    a11y: { test: 'error' },
  },
};

export default preview;
