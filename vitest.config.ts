import { defineConfig } from 'vitest/config'

/**
 * Every test of the workspace, in three projects:
 * - unit: beside the code, no services;
 * - integration: the CMS against a fresh PostgreSQL database per run (cms/tests/integration);
 * - e2e: the whole thing (CMS server, seed, site build, Chromium) (site/tests/e2e).
 */
const jsonReport = process.env.VITEST_JSON_REPORT

export default defineConfig({
  test: {
    // CI asks for a JSON report too, to print its one-line totals.
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'cms/src/**/*.test.ts',
            'site/src/**/*.test.ts',
            'site/integrations/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['cms/tests/integration/**/*.test.ts'],
          globalSetup: ['cms/tests/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['site/tests/e2e/**/*.test.ts'],
          globalSetup: ['site/tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
