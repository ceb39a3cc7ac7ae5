import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WASM packages load from node_modules at run time instead of being bundled; so does
  // the mail renderer, which needs react-dom/server, refused inside the server-components bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'rate-limiter-flexible', 'postgres', '@react-email/render'],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default nextConfig;
