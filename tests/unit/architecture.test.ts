import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The rules of the house, as tests. Each reads the application's source (app/, components/, lib/ and the root
 * modules) and fails naming the file that breaks a rule:
 * 1. the portal and the emulator never import each other (both may use lib/shared/smartid, lib/shared/env, lib/shared/store);
 * 2. the emulator reads only its own settings (`emulatorSettings`), never the portal's;
 * 3. lib/shared/env.ts is the only reader of process.env;
 * 4. a module that touches the gateway access token, the auth secret or a session secret imports "server-only";
 * 5. no portal client component pulls zod into the browser, itself or through what it imports: a portal page's
 *    scripts carry constants and small functions, and every check of input happens on the server (zod is a third of
 *    the sign-in page's own JavaScript).
 */

const root = resolve(__dirname, "../..");

function sourceFiles(): string[] {
  const listed = execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "app", "components", "lib"],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  return [...new Set([...listed.split("\n"), "auth.ts", "proxy.ts", "instrumentation.ts"])].filter(
    (file) => /\.(ts|tsx|mjs)$/.test(file) && existsSync(join(root, file)),
  );
}

const FILES = sourceFiles();
const text = (file: string) => readFileSync(join(root, file), "utf8");
/** Code without comments, so that prose about a rule never trips it. */
const code = (file: string) =>
  text(file)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

type Part = "portal" | "emulator" | "shared";

/**
 * The part a file belongs to is the folder it lives in, one segment below app/, components/ or lib/: `portal`,
 * `emulator` or `shared` (in app/, the route groups `(portal)` and `(emulator)`). The root modules are the portal's
 * (auth.ts, proxy.ts) or shared (instrumentation.ts, app/globals.css, app/global-not-found.tsx's styles).
 */
function partOf(file: string): Part {
  const segment = /^(?:app|components|lib)\/\(?(portal|emulator|shared)\)?\//.exec(file)?.[1];
  if (segment) return segment as Part;
  if (file === "auth.ts" || file === "proxy.ts" || file === "app/global-not-found.tsx") return "portal";
  return "shared";
}

/** Every module specifier a file imports (static, dynamic, re-exports), resolved to a repository path when local. */
function importsOf(file: string, source = code(file)): { specifier: string; target?: string; names: string[] }[] {
  const found: { specifier: string; target?: string; names: string[] }[] = [];
  const pattern =
    /(?:import|export)\s+(?:type\s+)?([^"';]*?)\s*from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) {
    const specifier = match[2] ?? match[3] ?? match[4] ?? "";
    const names = (match[1] ?? "")
      .replace(/[{}]/g, "")
      .split(",")
      .map(
        (name) =>
          name
            .replace(/^\s*type\s+/, "")
            .trim()
            .split(/\s+as\s+/)[0] ?? "",
      )
      .filter(Boolean);
    found.push({ specifier, target: resolveSpecifier(file, specifier), names });
  }
  return found;
}

function resolveSpecifier(file: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(root, dirname(file), specifier);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, join(base, "index.ts")]) {
    if (existsSync(candidate) && !existsSync(join(candidate, "."))) return relative(root, candidate);
    if (existsSync(candidate) && /\.(ts|tsx|mjs|css)$/.test(candidate)) return relative(root, candidate);
  }
  return relative(root, base);
}

function crossingImports(files: string[], read: (file: string) => string = code): string[] {
  const crossings: string[] = [];
  for (const file of files) {
    const from = partOf(file);
    if (from === "shared") continue;
    for (const { specifier, target } of importsOf(file, read(file))) {
      if (!target) continue;
      const to = partOf(target);
      if (to !== "shared" && to !== from) crossings.push(`${file} (${from}) imports ${specifier} (${to})`);
    }
  }
  return crossings;
}

/** The modules a file's code loads when it runs: `import type`, and imports of nothing but types, are erased. */
function runtimeImportsOf(file: string, source: string): { specifier: string; target?: string }[] {
  const found: { specifier: string; target?: string }[] = [];
  const pattern =
    /(?:import|export)\s+(type\s+)?([^"';]*?)\s*from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g;
  for (const match of source.matchAll(pattern)) {
    const names = /^\{([^}]*)\}$/.exec((match[2] ?? "").trim())?.[1];
    const onlyTypes =
      match[1] !== undefined ||
      names
        ?.split(",")
        .map((name) => name.trim())
        .filter(Boolean)
        .every((name) => name.startsWith("type "));
    if (onlyTypes) continue;
    const specifier = match[3] ?? match[4] ?? match[5] ?? "";
    found.push({ specifier, target: resolveSpecifier(file, specifier) });
  }
  return found;
}

/** For each portal client component that reaches zod, the chain of imports that brings it in. */
function zodInPortalBrowser(files: string[], read: (file: string) => string = code): string[] {
  const clients = files.filter((file) => partOf(file) === "portal" && /^["']use client["'];?$/m.test(text(file)));
  const chains: string[] = [];
  for (const client of clients) {
    const cameFrom = new Map<string, string[]>([[client, [client]]]);
    const queue = [client];
    while (queue.length > 0) {
      const file = queue.shift() as string;
      const chain = cameFrom.get(file) ?? [file];
      if (!existsSync(join(root, file))) continue;
      for (const { specifier, target } of runtimeImportsOf(file, read(file))) {
        if (specifier === "zod" || specifier.startsWith("zod/")) {
          chains.push([...chain, "zod"].join(" → "));
          queue.length = 0;
          break;
        }
        // A server action's module stays on the server: the browser gets a reference to call, not its code.
        const stays = (path: string) => existsSync(join(root, path)) && /^["']use server["'];?$/m.test(text(path));
        if (target && /\.(ts|tsx)$/.test(target) && !cameFrom.has(target) && !stays(target)) {
          cameFrom.set(target, [...chain, target]);
          queue.push(target);
        }
      }
    }
  }
  return chains;
}

describe("the rules of the house", () => {
  it("finds the application's source to check", () => {
    expect(FILES.filter((file) => partOf(file) === "emulator").length).toBeGreaterThan(20);
    expect(FILES.filter((file) => partOf(file) === "portal").length).toBeGreaterThan(20);
  });

  it("every file of app/, components/ and lib/ lives in one of the three homes", () => {
    const listed = execFileSync(
      "git",
      ["ls-files", "--cached", "--others", "--exclude-standard", "app", "components", "lib"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    // The two files every root layout shares: the stylesheet, and the page for an address no layout matches.
    const sharedRoot = new Set(["app/globals.css", "app/global-not-found.tsx"]);
    const homeless = listed
      .split("\n")
      .filter(Boolean)
      .filter(
        (file) =>
          !sharedRoot.has(file) &&
          !/^(?:app\/\((?:portal|emulator)\)|(?:components|lib)\/(?:portal|emulator|shared))\//.test(file),
      );
    expect(homeless).toEqual([]);
  });

  it("the portal and the emulator never import each other", () => {
    expect(crossingImports(FILES)).toEqual([]);
  });

  it("catches a planted crossing import, both ways", () => {
    const planted = (file: string) =>
      file === "lib/portal/auth/authorize.ts"
        ? `import { findIdentity } from "../../emulator/engine/identities";\n${code(file)}`
        : file === "lib/emulator/http.ts"
          ? `import { gatewayClient } from "@/lib/portal/gateway/server";\n${code(file)}`
          : code(file);
    expect(crossingImports(FILES, planted)).toEqual([
      "lib/emulator/http.ts (emulator) imports @/lib/portal/gateway/server (portal)",
      "lib/portal/auth/authorize.ts (portal) imports ../../emulator/engine/identities (emulator)",
    ]);
  });

  it("the emulator reads only its own settings", () => {
    const allowed = new Set(["emulatorSettings", "EmulatorSettings"]);
    const offending = FILES.filter((file) => partOf(file) === "emulator").flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target === "lib/shared/env.ts")
        .flatMap(({ names }) => names.filter((name) => !allowed.has(name)).map((name) => `${file} imports ${name}`)),
    );
    expect(offending).toEqual([]);
  });

  it("lib/shared/env.ts is the only reader of process.env", () => {
    const readers = FILES.filter((file) => file !== "lib/shared/env.ts" && /\bprocess\.env\b/.test(code(file)));
    // Next.js documents `process.env.NEXT_RUNTIME` as the way instrumentation tells its runtimes apart; it is
    // inlined at build time and carries no setting.
    const allowed = (file: string) =>
      file === "instrumentation.ts" &&
      [...code(file).matchAll(/process\.env\.(\w+)/g)].every((m) => m[1] === "NEXT_RUNTIME");
    expect(readers.filter((file) => !allowed(file))).toEqual([]);
  });

  it('every module that touches a secret imports "server-only"', () => {
    const secret =
      /\b(gatewayAccessToken|accessTokens?|authSecret|bindingSecret|sessionSecret|AUTH_SECRET|GATEWAY_ACCESS_TOKEN|EMULATOR_ACCESS_TOKEN)\b/;
    // Route handlers and lib/shared/env.ts run on the server by construction (env.ts imports server-only itself).
    const touching = FILES.filter((file) => !/\/route\.ts$/.test(file) && secret.test(code(file)));
    expect(touching.length).toBeGreaterThan(10);
    expect(touching.filter((file) => !/^import "server-only";$/m.test(text(file)))).toEqual([]);
  });

  it("no portal client component brings zod into the browser", () => {
    expect(zodInPortalBrowser(FILES)).toEqual([]);
  });

  it("catches zod planted in a module a client component imports", () => {
    const planted = (file: string) =>
      file === "lib/portal/preferences/theme.ts" ? `import { z } from "zod";\n${code(file)}` : code(file);
    expect(zodInPortalBrowser(FILES, planted)).toContain(
      "components/portal/theme-toggle.tsx → lib/portal/preferences/theme.ts → zod",
    );
  });
});
