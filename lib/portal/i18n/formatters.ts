/**
 * Building an Intl formatter costs a few hundred microseconds (it loads the locale's data); using one is cheap. A
 * dashboard formats dozens of times, durations and names, so each formatter is built once per language and style
 * and kept: a handful in all (five languages, a few styles each), so the cache cannot grow past that.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames;

const formatters = new Map<string, Formatter>();

/** The formatter under `key` (which must name its language and style), built by `build` the first time. */
export function formatter<F extends Formatter>(key: string, build: () => F): F {
  let found = formatters.get(key);
  if (!found) {
    found = build();
    formatters.set(key, found);
  }
  return found as F;
}
