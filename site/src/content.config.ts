import { defineCollection } from 'astro:content'
import { cmsCollectionLoader, cmsGlobalLoader } from '@ratusz/astro-loader'
import installed from 'virtual:ratusz/installed-sections'
import { storeSources } from './lib/store/collections'

type Sources = typeof storeSources

/**
 * Every collection the site reads, straight from the CMS REST API, validated against the contract; those the CMS
 * does not have (their section is switched off) stay empty. What each one is read from: lib/store/collections.ts.
 */
export const collections = Object.fromEntries(
  Object.entries(storeSources).map(([name, source]) => [
    name,
    defineCollection({
      loader:
        source.kind === 'collection'
          ? cmsCollectionLoader({
              collection: source.collection,
              schema: source.schema,
              query: source.query,
              installed: installed.collections.includes(source.collection),
            })
          : cmsGlobalLoader({
              global: source.global,
              schema: source.schema,
              installed: installed.globals.includes(source.global),
            }),
    }),
  ]),
) as { [K in keyof Sources]: ReturnType<typeof defineCollection> }
