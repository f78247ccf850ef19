import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: [
    '@ratusz/config',
    '@ratusz/contract',
    '@ratusz/payload-plugin',
    '@ratusz/publisher',
    '@ratusz/recurrence',
    '@ratusz/warsaw-time',
  ],
  // The CMS serves the admin and the REST API only; the public site is static and built elsewhere.
  poweredByHeader: false,
  // No other site may frame the admin (clickjacking), and no browser may guess a response's type.
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'same-origin' },
      ],
    },
  ],
  // PDF processing: pdf.js (unpdf) and the prebuilt canvas binary are loaded by Node, not bundled.
  serverExternalPackages: ['unpdf', '@napi-rs/canvas'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
