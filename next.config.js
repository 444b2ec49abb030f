// @ts-check

/**
 * Headers sent with every response. X-Frame-Options is left out on purpose:
 * intranet portals embed the console in frames, so framing will be governed by
 * a CSP `frame-ancestors` list read from the environment instead.
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
