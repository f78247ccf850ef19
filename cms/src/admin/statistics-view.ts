import type { Config } from 'payload'

/** The admin's statistics page: its address under /admin. */
export const STATISTICS_VIEW_PATH = '/statystyki'

/**
 * "Statystyki roczne" in the admin (StatisticsView.tsx, administrators only) at /admin/statystyki, and a link to
 * it in the navigation (StatisticsNavLink.tsx) for administrators.
 */
export const statisticsView = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      views: {
        ...config.admin?.components?.views,
        statistics: {
          Component: '/admin/StatisticsView#StatisticsView',
          path: STATISTICS_VIEW_PATH,
          exact: true,
          meta: { title: 'Statystyki roczne' },
        },
      },
      afterNavLinks: [
        ...(config.admin?.components?.afterNavLinks ?? []),
        '/admin/StatisticsNavLink#StatisticsNavLink',
      ],
    },
  },
})
