/** Registers every built-in translation of the kit's labels (English is always there). */
import './de.js';
import './ar.js';
import './ja.js';
