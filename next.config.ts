import type { NextConfig } from 'next';

// A form's files plus its fields: server actions and the proxy must take a whole message's upload.
const filesMb = Number(process.env.FILES_MAX_MESSAGE_MB) || 25;
const formBodyLimit = `${filesMb + 5}mb` as const;

const nextConfig: NextConfig = {
  // Native and WASM packages load from node_modules at run time instead of being bundled; so does
  // the mail renderer, which needs react-dom/server, refused inside the server-components bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'rate-limiter-flexible', 'postgres', '@react-email/render'],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: formBodyLimit },
    proxyClientMaxBodySize: formBodyLimit,
  },
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
