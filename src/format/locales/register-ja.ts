/** `bsc-kit/locales/ja.js`: registers the kit's Japanese words, for a page that wants them at hand from the start. */
import { registerBuiltInLabels } from '../labels.js';
import { JAPANESE } from './ja.js';

registerBuiltInLabels('ja', JAPANESE);
