/** Registers every built-in translation of the kit's labels (English is always there). */
import './register-de.js';
import './register-ar.js';
import './register-ja.js';
