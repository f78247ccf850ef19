import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  transpilePackages: ['@ratusz/payload-plugin'],
  // The CMS serves the admin and the REST API only; the public site is static and built elsewhere.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
