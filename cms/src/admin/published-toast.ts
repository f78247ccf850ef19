import type { Config } from 'payload'

/** Adds the toast after publishing, with the document's page on the site (PublishedToast.tsx). */
export const publishedToast =
  (siteUrl: string) =>
  (config: Config): Config => ({
    ...config,
    admin: {
      ...config.admin,
      components: {
        ...config.admin?.components,
        providers: [
          ...(config.admin?.components?.providers ?? []),
          { path: '/admin/PublishedToast#PublishedToast', clientProps: { siteUrl } },
        ],
      },
    },
  })
