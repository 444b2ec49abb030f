// @ts-check

/**
 * Headers sent with every response. X-Frame-Options is left out on purpose:
 * intranet portals embed the console in frames, so framing is governed by CSP
 * `frame-ancestors`, which scripts/serve-console.mjs sets from
 * CONSOLE_FRAME_ANCESTORS at run time (next.config's headers are fixed at build).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/serve-console.mjs compresses pages and assets but not API answers (see there).
  compress: false,
  // A separate build directory lets a benchmark or test build without touching a running console's `.next`.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
