import type { eventsPl } from './pl'

/** English admin texts of the events plugin; the same keys as `pl.ts`. */
export const eventsEn: typeof eventsPl = {
  events: {
    singular: 'Event',
    plural: 'Events',
    description:
      'Invitations to events of the gmina, its areas, schools and NGOs. Save a draft, publish or schedule.',
    title: { label: 'Title', description: 'Name of the event, e.g. "Harvest festival in Dębina".' },
    lead: {
      label: 'Teaser',
      description: 'One or two sentences shown in the calendar, lists and feeds (up to 400).',
    },
    body: {
      label: 'Description',
      description: 'Full description: programme, audience, what to bring (optional).',
    },
    image: { label: 'Photo or poster', description: 'Image shown on the event page (optional).' },
    allDay: {
      label: 'All day',
      description: 'Tick when the event lasts whole days; times are then ignored.',
    },
    start: {
      label: 'Start',
      description: 'Date and time it starts (Polish time). For a repeating event: the first one.',
    },
    end: {
      label: 'End',
      description: 'Date and time it ends (Polish time). Empty = no set end; all-day: last day.',
    },
    recurrence: {
      label: 'Repeat',
      description: 'For events held regularly, e.g. weekly classes. Leave empty for a one-off event.',
      frequency: {
        label: 'Repeat',
        description: 'How often the event repeats. Empty = does not repeat.',
        daily: 'daily',
        weekly: 'weekly',
        monthly: 'monthly',
        yearly: 'yearly',
      },
      interval: { label: 'Every', description: 'E.g. 2 with "weekly" means every other week.' },
      weekdays: {
        label: 'On weekdays',
        description: 'For weekly repeats: on which days. Empty = the weekday of the first one.',
        MO: 'Monday',
        TU: 'Tuesday',
        WE: 'Wednesday',
        TH: 'Thursday',
        FR: 'Friday',
        SA: 'Saturday',
        SU: 'Sunday',
      },
      until: { label: 'Until', description: 'Last day an occurrence may fall on (inclusive).' },
      count: {
        label: 'Number of occurrences',
        description: 'How many in total, instead of an end date (optional).',
      },
      exceptions: {
        rows: { singular: 'Cancelled date', plural: 'Cancelled dates' },
        label: 'Cancelled dates',
        description: 'Days the event does not take place, e.g. holidays.',
        date: { label: 'Day', description: 'Day without an occurrence.' },
      },
      rule: {
        label: 'iCalendar rule',
        description: 'Made from the fields above (RRULE); used by phone calendars.',
      },
    },
    place: {
      label: 'Place',
      description: 'Where the event takes place.',
      name: { label: 'Place name', description: 'E.g. "Village hall in Dębina".' },
      address: { label: 'Address', description: 'Street, number and town.' },
      latitude: { label: 'Latitude', description: 'E.g. 52.2297 (optional, for a map).' },
      longitude: { label: 'Longitude', description: 'E.g. 21.0122 (optional, for a map).' },
    },
    organiser: {
      label: 'Organiser',
      description: 'Who invites.',
      kind: {
        label: 'Organiser',
        description: 'The gmina, an area from the list, or another organisation.',
        gmina: 'Gmina',
        area: 'Sołectwo, osiedle or group',
        organisation: 'Another organisation',
      },
      area: { label: 'Area', description: 'Which area organises it.' },
      name: { label: 'Organisation name', description: 'E.g. "Brzozówka Rural Housewives\' Circle".' },
      phone: { label: 'Phone', description: 'Contact phone (optional).' },
      email: { label: 'E-mail', description: 'Contact e-mail (optional).' },
      website: { label: 'Website', description: 'Full https:// address (optional).' },
    },
    categories: { label: 'Categories', description: 'Pick one or more topics.' },
    areas: { label: 'Areas', description: 'Areas the event concerns (empty = the whole gmina).' },
    price: {
      label: 'Admission',
      description: 'Whether admission is free, or what it costs.',
      free: { label: 'Free admission', description: 'Tick when taking part costs nothing.' },
      amount: { label: 'Price', description: 'E.g. "20 zł, children 10 zł".' },
    },
    registration: {
      label: 'Registration',
      description: 'When people must sign up (optional).',
      url: { label: 'Registration link', description: 'Full https:// address of the form.' },
      deadline: { label: 'Register by', description: 'Last moment to sign up; no later than the start.' },
    },
    attachments: { label: 'Attachments', description: 'Documents to download, e.g. rules, programme, form.' },
    status: {
      label: 'Status',
      description: 'Change when the event is cancelled or postponed; residents see a notice.',
      planned: 'Planned',
      cancelled: 'Cancelled',
      postponed: 'Postponed',
    },
    statusNote: {
      label: 'Notice',
      description: 'Explanation for residents, e.g. "Moved to 21 June due to weather".',
    },
    sequence: {
      label: 'Revision',
      description:
        'Grows by itself when the time, place or status of a published event changes (for calendars).',
    },
    messages: {
      endBeforeStart: 'The end is before the start. Set the end after the start date and time.',
      noOccurrence:
        'The repeat rule yields no occurrence. Move "Until" later, raise the number of occurrences or remove cancelled dates.',
      untilAndCount: 'Give either "Until" or "Number of occurrences", not both.',
      deadlineAfterStart: 'Registration closes after the event starts. Set the deadline before the start.',
      organiserArea: 'Choose the area that organises the event.',
      organiserName: 'Enter the name of the organisation that invites.',
      coordinates: 'Give both coordinates (latitude and longitude) or neither.',
    },
  },
}
