/** `bsc-kit/locales/de.js`: registers the kit's German words, for a page that wants them at hand from the start. */
import { registerBuiltInLabels } from '../labels.js';
import { GERMAN } from './de.js';

registerBuiltInLabels('de', GERMAN);
