/** Registers every built-in translation of the kit's labels, and every part of the English. */
import '../english/index.js';
import './register-de.js';
import './register-ar.js';
import './register-ja.js';
