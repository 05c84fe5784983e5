/**
 * A file of the repository as its raw text, through the test runner's web server.
 *
 * The runner's esbuild plugin (`json: true` in web-test-runner.config.mjs) answers every request
 * whose path ends in `.json` with a JavaScript module instead of the file, and with an error for a
 * file that is not valid JSON, which is exactly what the invalid fixtures are. Writing the file
 * name's dots as `%2E` hides the extension from the plugin; the static server decodes the name and
 * sends the file as it is. Without that plugin option the plain path would do; this works either way.
 */
export async function fetchText(path: string): Promise<string> {
  const response = await fetchRaw(path);
  if (!response.ok) throw new Error(`could not load ${path}: HTTP ${response.status}`);
  return response.text();
}

/** The response for a repository file, without the `.json` → module transform (see above). */
export function fetchRaw(path: string): Promise<Response> {
  const slash = path.lastIndexOf('/');
  return fetch(path.slice(0, slash + 1) + path.slice(slash + 1).replaceAll('.', '%2E'));
}
