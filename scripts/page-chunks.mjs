/**
 * How the autoloader's build (`vite build --mode autoload`) groups the modules its elements share
 * into chunks: by the pages whose size is budgeted (docs/architecture.md §5), so that each of them
 * downloads few files. A browser gzips each file on its own, so twenty small chunks weigh several
 * KB more than the same code in four.
 *
 * Rolldown's own split makes one chunk per set of importers: exact, but a page with one scorecard
 * fetched 25 files. Here a module that more than one chunk needs goes, by which of the budgeted
 * pages' elements use it (`gauge` and `scorecard`: their element modules):
 * - both → `kit` (lit, the base element, the labels, the format layer …);
 * - the gauge's, not the scorecard's → `kit-charts` (what the chart elements share);
 * - the scorecard's and `bsc-kpi`'s, not the gauge's → `kit-cards` (what a KPI card needs too);
 * - the scorecard's alone → `kit-scorecard` (the model layer, the engine …).
 * What only one element uses stays in that element's chunk; the rest is split as Rolldown does.
 */

/**
 * Chunk groups for Rolldown's `output.codeSplitting.groups`. `gauge`, `scorecard` and `card` end
 * the paths of the element modules that name the pages.
 */
export function pageChunkGroups({ gauge, scorecard, card }) {
  /** The entry modules (the autoloader and every module imported on demand) that reach a module by static imports. */
  const usersById = new Map();
  function users(id, context) {
    let found = usersById.get(id);
    if (found) return found;
    found = new Set();
    usersById.set(id, found); // before the importers: import cycles end here
    const info = context.getModuleInfo(id);
    if (!info) return found;
    if (info.isEntry || info.dynamicImporters.length > 0) found.add(id);
    for (const importer of info.importers) for (const user of users(importer, context)) found.add(user);
    return found;
  }
  const uses = (found, page) => [...found].some((id) => id.endsWith(page));
  const group = (name, priority, wanted) => ({
    name: (id, context) => {
      const found = users(id, context);
      return found.size > 1 && wanted(found) ? name : null;
    },
    priority,
  });
  return [
    group('kit', 4, (found) => uses(found, gauge) && uses(found, scorecard)),
    group('kit-charts', 3, (found) => uses(found, gauge) && !uses(found, scorecard)),
    group('kit-cards', 3, (found) => uses(found, scorecard) && !uses(found, gauge) && uses(found, card)),
    group('kit-scorecard', 2, (found) => uses(found, scorecard) && !uses(found, gauge) && !uses(found, card)),
  ];
}
