import type { Area, Event } from '@ratusz/contract'

/** Events that concern an area: tagged with it, or organised by it. */
export function eventsForArea(events: readonly Event[], area: Pick<Area, 'id'>): Event[] {
  return events.filter(
    (event) =>
      event.areas.some((item) => item.id === area.id) ||
      (event.organiser?.kind === 'area' && event.organiser.area?.id === area.id),
  )
}
