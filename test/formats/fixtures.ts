/** Loads a text file (CSV) from test/fixtures through the test server. */
export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

/**
 * Loads a JSON file from test/fixtures. The test server's esbuild plugin (`json: true`) serves every `.json`
 * path as a JavaScript module, so `fetch` would get JS, not JSON: the file is imported instead.
 */
export async function fixtureJson(name: string): Promise<unknown> {
  const module = (await import(`/test/fixtures/${name}`)) as { default: unknown };
  return module.default;
}

/** A JSON fixture as JSON text, as a caller reading a file or a response would have it. */
export async function fixtureJsonText(name: string): Promise<string> {
  return JSON.stringify(await fixtureJson(name));
}
