/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The portal runs at localhost and the embedded emulator is addressed as 127.0.0.1 (a different site, like the
  // real gateway); the dev server must serve its assets to both.
  allowedDevOrigins: ["localhost", "127.0.0.1"],
  logging: {
    // The gateway API carries its secret as `?access_token=`; the development request log must never print it.
    incomingRequests: { ignore: [/[?&]access_token=/] },
    fetches: { fullUrl: false },
  },
};

export default nextConfig;
