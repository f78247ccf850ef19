import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: [
    '@ratusz/contract',
    '@ratusz/payload-plugin',
    '@ratusz/publisher',
    '@ratusz/warsaw-time',
  ],
  // The CMS serves the admin and the REST API only; the public site is static and built elsewhere.
  poweredByHeader: false,
  // PDF processing: pdf.js (unpdf) and the prebuilt canvas binary are loaded by Node, not bundled.
  serverExternalPackages: ['unpdf', '@napi-rs/canvas'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
