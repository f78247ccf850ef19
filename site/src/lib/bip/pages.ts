import type { BipChange } from '@ratusz/contract'
import { paginateList, type ListPage } from '../common/pagination'
import { bipUrls, CHANGES_PER_PAGE } from './urls'

/** The register of changes split into pages, newest first. */
export function bipChangePages<T extends BipChange>(changes: readonly T[]): ListPage<T>[] {
  return paginateList(changes, CHANGES_PER_PAGE, bipUrls.changes)
}
