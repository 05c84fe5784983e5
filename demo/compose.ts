/** The page an author composes by hand loads each element the first time it shows it (bsc-kit/autoload). */
import '../src/autoload.js';
