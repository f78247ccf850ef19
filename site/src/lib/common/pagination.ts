/** One page of a list, with the links a pager needs. */
export type ListPage<T> = {
  page: number
  lastPage: number
  items: T[]
  total: number
  url: string
  prevUrl: string | undefined
  nextUrl: string | undefined
}

/** Splits items into pages of `perPage`; there is always at least one page, even for an empty list. */
export function paginateList<T>(
  items: readonly T[],
  perPage: number,
  urlOf: (page: number) => string,
): ListPage<T>[] {
  const lastPage = Math.max(1, Math.ceil(items.length / perPage))
  return Array.from({ length: lastPage }, (_, index) => {
    const page = index + 1
    return {
      page,
      lastPage,
      items: items.slice(index * perPage, page * perPage),
      total: items.length,
      url: urlOf(page),
      prevUrl: page > 1 ? urlOf(page - 1) : undefined,
      nextUrl: page < lastPage ? urlOf(page + 1) : undefined,
    }
  })
}
