import type { alertsPl } from './pl'

/** English admin texts of the alerts plugin; the same keys as `pl.ts`. */
export const alertsEn: typeof alertsPl = {
  alerts: {
    singular: 'Alert',
    plural: 'Alerts',
    description:
      'Warnings and announcements for residents: weather, flood, outages, notices. Active alerts show on every page of the site, most serious first.',
    title: { label: 'Title', description: 'A short, concrete title, e.g. "Water outage in Dębina".' },
    kind: {
      label: 'Kind',
      description: 'What the alert is about.',
      pogoda: 'Weather warning',
      powodz: 'Flood risk',
      zagrozenie: 'Other hazard',
      woda: 'Water outage',
      prad: 'Power outage',
      drogi: 'Road disruption',
      komunikat: 'Official announcement',
      wydarzenie: 'Event reminder',
    },
    severity: {
      label: 'Severity',
      description:
        'Information – for the record; Warning – take care; Alarm – immediate danger, act now. An alarm needs an end time.',
      informacja: 'Information',
      ostrzezenie: 'Warning',
      alarm: 'Alarm',
    },
    shortText: {
      label: 'Short text (SMS)',
      description:
        'The essentials in one sentence, up to 160 characters – what one SMS carries. Shown in the alert banner and feeds.',
    },
    body: {
      label: 'Full text',
      description: 'Details, advice, contacts (optional, up to 10,000 characters).',
    },
    attachments: {
      label: 'Attachments',
      description: 'Documents to download, e.g. the IMGW notice as PDF or a detour map (optional).',
    },
    areas: {
      label: 'Areas',
      description:
        'Sołectwa, neighbourhoods or groups (e.g. "Flood risk") the alert concerns. Leave empty when it concerns the whole gmina.',
    },
    validFrom: {
      label: 'Valid from',
      description:
        'When the alert becomes active. A future time = announced ahead; it joins the banner then.',
    },
    validUntil: {
      label: 'Valid until',
      description:
        'When the alert ends and leaves the banner. Empty = until withdrawn (not for an alarm). An alarm lasts at most 72 hours.',
    },
    longAlarmConfirmed: {
      label: 'I confirm an alarm longer than 72 hours',
      description: 'Tick only when the alarm really must last more than 72 hours from its start.',
    },
    source: {
      label: 'Source',
      description: 'Who issued the alert, e.g. "IMGW-PIB", "Gmina office", "PGE Dystrybucja" (optional).',
    },
    publishedAt: {
      label: 'Publication date',
      description: 'Set automatically on first publication. Change it only to correct the date in the feeds.',
    },
    messages: {
      validUntilBeforeFrom: '"Valid until" must be later than "Valid from". Correct one of the dates.',
      alarmNeedsEnd: 'An alarm needs an end time. Enter when it ends (at most 72 hours after the start).',
      alarmTooLong:
        'An alarm lasts at most 72 hours from its start. Shorten it or tick "I confirm an alarm longer than 72 hours".',
      bodyTooLong:
        'The full text has {length} characters and the limit is {limit}. Shorten it or attach it as a file.',
    },
  },
}
