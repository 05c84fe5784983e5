/** `bsc-kit/locales/ar.js`: registers the kit's Arabic words, for a page that wants them at hand from the start. */
import { registerBuiltInLabels } from '../labels.js';
import { ARABIC } from './ar.js';

registerBuiltInLabels('ar', ARABIC);
