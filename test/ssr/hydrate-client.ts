/**
 * What a page with a server-rendered scorecard loads: Lit's hydration support first (it must run
 * before Lit itself), then the kit's elements, which hydrate the declarative shadow roots.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/elements/bsc-scorecard.js';
