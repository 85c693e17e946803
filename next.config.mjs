import createNextIntlPlugin from "next-intl/plugin";

// The portal's texts (next-intl, without i18n routing: the language comes from a cookie or Accept-Language).
// The catalogues are compiled at build time (`precompile`): the browser then gets a small formatter instead of an
// ICU message parser, and the server does not parse a message on every render.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/portal/i18n/request.ts",
  experimental: {
    messages: { path: "./lib/portal/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The portal runs at localhost and the embedded emulator is addressed as 127.0.0.1 (a different site, like the
  // real gateway); the dev server must serve its assets to both.
  allowedDevOrigins: ["localhost", "127.0.0.1"],
  // The gateway API carries its secret in the query (`?access_token=`). Next's development log prints incoming
  // request URLs and (shortened) outgoing fetch URLs, and the fetch log cannot be filtered, so it is off: the token
  // must never reach a log, not even its first characters.
  logging: false,
  // The app2app return must reach the gateway byte for byte, but Next re-serialises a query before a route handler
  // (or, by default, proxy.ts) sees it: `%20` becomes `+`, `a` becomes `a=`, repeated keys are grouped. With this
  // flag proxy.ts sees the request as sent and hands the raw query to the route (lib/portal/gateway/app2app.ts).
  skipProxyUrlNormalize: true,
  experimental: {
    // Two root layouts (the portal's and the emulator's), so an address that matches neither gets its own page.
    globalNotFound: true,
    // proxy.ts runs for every request, so Next buffers up to this much of each body to hand it on. No route takes
    // more than 64 KiB (lib/shared/http/body.ts), so one byte more is enough for a route to see that a body is too large,
    // and a flood of large uploads cannot make the server hold megabytes per request.
    proxyClientMaxBodySize: 64 * 1024 + 1,
  },
};

export default withNextIntl(nextConfig);
