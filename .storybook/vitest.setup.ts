/**
 * The page a story test renders in, made like Storybook's canvas. The preview's annotations need
 * nothing here: @storybook/addon-vitest applies preview.ts and every addon's itself (since 10.3),
 * unless a setup file in .storybook/ names the function that sets them, which this one must not.
 *
 * Storybook renders a story into `#storybook-root`; the test runner renders it into a bare `div`
 * it appends to the body, one story at a time. preview-head.html gives the page a dark story's
 * background through that id (the id keeps a Docs page light around its dark stories), so without
 * it axe measures a dark story's light text against a white page. The runner's container gets
 * the id as it arrives, before the story renders into it.
 */
new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) {
      if (node instanceof HTMLDivElement && !node.id) node.id = 'storybook-root';
    }
  }
}).observe(document.body, { childList: true });
