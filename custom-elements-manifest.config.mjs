/**
 * `npm run manifest` writes custom-elements.json from the JSDoc of src/elements/ (`@summary`,
 * `@fires`, `@slot`, `@csspart`, `@cssprop`) and Lit's decorators. Storybook's controls, editor
 * completions and the docs read that file; `npm run manifest:check` fails when it is stale.
 */
import { readFileSync } from 'node:fs';

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // Third-party manifests would make the output depend on node_modules; the field in package.json
  // is written by hand, since the analyzer would rewrite the whole file to add it.
  dependencies: false,
  packagejson: false,
  quiet: true,
  // The same tree must give the same bytes: globby lists files in directory order, so sort them.
  overrideModuleCreation({ ts, globs }) {
    return [...globs].sort().map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true));
  },
  plugins: [defineElementCalls()],
};

/**
 * The kit registers its elements with `defineElement('bsc-status', BscStatus)` (src/elements/
 * internal/define.ts), which the analyzer does not know: record each such call as the definition that
 * gives the class its tag name. The `customElements.define(name, constructor)` inside
 * defineElement itself is no definition; drop definitions whose name is not a literal tag.
 */
function defineElementCalls() {
  const tagName = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;
  return {
    name: 'bsc-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(element)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } },
      ];
    },
    moduleLinkPhase({ moduleDoc }) {
      moduleDoc.exports = moduleDoc.exports?.filter((entry) => entry.kind !== 'custom-element-definition' || tagName.test(entry.name));
    },
  };
}
