import type { Area, Category } from '@ratusz/contract'
import { loadRecords } from '../store/records'

/** The categories news and events are filed under. */
export const loadCategories = (): Promise<Category[]> => loadRecords('categories')

/** The areas (sołectwa, osiedla, groups) news, events and alerts are tagged with. */
export const loadAreas = (): Promise<Area[]> => loadRecords('areas')
