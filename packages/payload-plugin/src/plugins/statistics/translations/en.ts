import type { statisticsPl } from './pl'

/** English admin texts of the statistics plugin. */
export const statisticsEn: typeof statisticsPl = {
  statistics: {
    group: 'Statistics',
    sections: { site: 'Site', bip: 'BIP', periodicals: 'Periodicals' },
    trafficDays: {
      singular: 'Site traffic (day)',
      plural: 'Site traffic (days)',
      description:
        "Daily totals from the web server's access logs, counted without cookies. No IP address or browser of a visitor is stored: only numbers. Filled in every hour, for days that are over.",
      day: { label: 'Day', description: 'The day in Polish time (YYYY-MM-DD).' },
      requests: { label: 'All requests', description: 'Every log line of the day.' },
      botRequests: {
        label: 'Bot requests',
        description: 'Search engines, feed readers and other programs (the "isbot" list); never page views.',
      },
      pageViews: {
        label: 'Page views',
        description: 'Pages shown (not files, feeds, revalidations of a page or bots).',
      },
      visitors: {
        label: 'Visitors',
        description:
          'Distinct visitors of the day (address and browser, recognised without storing them). Over several days this is the sum of daily visitors, not a number of people.',
      },
      sectionsGroup: { label: 'By section', description: 'Page views and visitors of each section.' },
      feedFetches: { label: 'RSS feed fetches', description: 'Feed readers included.' },
      calendarFetches: {
        label: 'Calendar fetches',
        description: ".ics files, subscribers' calendar apps included.",
      },
      pdfDownloads: { label: 'PDF downloads', description: 'Whole PDF files sent to visitors (no bots).' },
      paths: { label: 'Page views by page', description: 'The page address and its views.' },
      referrers: {
        label: 'Entries from other sites',
        description: 'The domain a visitor came from and the number of entries.',
      },
      imports: {
        label: 'Imports',
        description:
          'How many imports added lines of this day. More than 1: visitors seen by different imports may be counted twice.',
      },
    },
    logFiles: {
      singular: 'Imported log',
      plural: 'Imported logs',
      description:
        'Web server logs the import has read, and where it stopped, so that the same lines are never counted twice, across rotation and .gz compression too.',
      fingerprint: { label: 'First line fingerprint', description: 'Recognises the log after a rename.' },
      name: { label: 'File', description: 'The name the file was last seen under.' },
      offset: { label: 'Bytes read', description: 'The next import starts here.' },
      lines: { label: 'Lines', description: 'Lines counted by every import of this file.' },
      malformedLines: {
        label: 'Unreadable lines',
        description: 'Lines not in the "combined" format: skipped.',
      },
      finished: { label: 'Read to the end', description: 'A .gz archive read completely.' },
      importedAt: { label: 'Last import', description: 'When an import last read this file.' },
    },
    historicFigures: {
      singular: 'Historic figure',
      plural: 'Historic figures',
      description:
        'Figures of the years before Ratusz (e.g. BIP visits since 2003) and of channels Ratusz cannot see (Facebook, Instagram), each with its source.',
      year: { label: 'Year', description: 'The year the figure is for.' },
      channel: {
        label: 'Channel',
        description: 'Where it was counted.',
        website: 'Website',
        bip: 'BIP',
        facebook: 'Facebook',
        instagram: 'Instagram',
        youtube: 'YouTube',
        other: 'Other',
      },
      measure: {
        label: 'Measure',
        description: 'What was counted.',
        visits: 'Visits',
        pageViews: 'Page views',
        visitors: 'Visitors',
        posts: 'Posts published',
        profileVisits: 'Profile visits',
        followers: 'Followers',
        other: 'Other',
      },
      value: { label: 'Figure', description: 'The value for the whole year.' },
      source: {
        label: 'Source',
        description:
          'Where the figure comes from, e.g. "BIP visit counter (provider X)" or "Meta Business Suite, export of 10 Jan 2025".',
      },
      note: { label: 'Note', description: 'Optional, e.g. a change in how it was counted.' },
    },
  },
}
