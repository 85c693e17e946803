/**
 * One instance per server process. Next.js may bundle route handlers, pages and the proxy into separate chunks (and
 * reload modules in development), so a module-level variable can exist several times over; a value hung on
 * globalThis under a registered symbol exists once. Every process-wide object goes through here.
 */
export function processSingleton<T>(key: string, create: () => T): T {
  const symbol = Symbol.for(`smart-id-plus-portal.${key}`);
  const holder = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  let value = holder[symbol];
  if (value === undefined) {
    value = create();
    holder[symbol] = value;
  }
  return value;
}
