/** English admin texts of the reports plugin. */
import type { reportsPl } from './pl'

export const reportsEn: typeof reportsPl = {
  reports: {
    group: "Residents' reports",
    categories: {
      singular: 'Report category',
      plural: 'Report categories',
      description: 'What reports can be about (street lights, roads), who handles them and by when.',
      name: { label: 'Name', description: 'As residents see it on the /zglos/ form.' },
      about: { label: 'Description', description: 'One sentence of guidance for residents (optional).' },
      team: { label: 'Team', description: 'Who handles the reports, e.g. "Infrastructure department".' },
      handlers: {
        label: 'Handlers',
        description: 'Accounts with the "Reports handler" role that see and handle reports of this category.',
      },
      urgent: {
        label: 'Urgent (accident, danger)',
        description: 'The form shows "In emergencies call 112" beside it.',
      },
      deadlineDays: {
        label: 'Deadline (days)',
        description: 'An open report is overdue this many days after confirmation.',
      },
      open311Code: {
        label: 'Open311 code',
        description: 'A stable service_code for Open311 apps; empty: the id.',
      },
    },
    reports: {
      singular: 'Report',
      plural: 'Reports',
      description:
        "Residents' reports from the /zglos/ form and Open311 apps, once the resident confirmed them. A change of state and a reply reach the resident by e-mail or SMS.",
      category: { label: 'Category', description: 'Change it if the report is in the wrong category.' },
      text: { label: "Resident's description", description: 'As the resident wrote it. Never public.' },
      area: { label: 'Area', description: '' },
      place: { label: 'Address or place', description: 'As the resident typed it.' },
      latitude: { label: 'Latitude', description: '' },
      longitude: { label: 'Longitude', description: '' },
      photos: { label: 'Photos', description: 'Without EXIF and GPS data, scaled down.' },
      contactChannel: { label: 'Contact by', description: '' },
      contactEmail: { label: "Resident's e-mail", description: '' },
      contactPhone: { label: "Resident's phone", description: '' },
      consentVersion: {
        label: 'Consent version',
        description: 'The version of the information clause accepted.',
      },
      status: {
        label: 'State',
        description: 'Every change of state reaches the resident.',
        new: 'New',
        accepted: 'Accepted',
        'in-progress': 'In progress',
        forwarded: 'Forwarded to another institution',
        resolved: 'Resolved',
        rejected: 'Rejected',
      },
      justification: {
        label: 'Justification',
        description: 'Required when rejecting or forwarding; the resident gets it.',
      },
      assignee: { label: 'Assignee', description: 'The person handling the report.' },
      reply: {
        label: 'Reply to the resident',
        description: 'Once saved, it reaches the resident and the history below.',
      },
      note: {
        label: 'Internal note',
        description: 'Only staff see it. Once saved, it goes to the history below.',
      },
      messages: {
        label: 'History',
        description: "Changes of state, replies, notes and the resident's answers.",
      },
      public: {
        label: 'Public',
        description: 'Show on /zgloszenia/ and in Open311: category, area, state and the public description.',
      },
      publicDescription: {
        label: 'Public description',
        description: 'No personal data; everyone sees this text.',
      },
      publicPlace: { label: 'Place (public)', description: 'E.g. "Leśna street", without a house number.' },
      confirmedAt: { label: 'Confirmed', description: '' },
      firstResponseAt: { label: 'First response', description: '' },
      closedAt: { label: 'Closed', description: '' },
      dueAt: { label: 'Due', description: "From the category's deadline." },
      erasedAt: { label: 'Data erased', description: '' },
      justificationRequired: 'Enter the justification of the rejection or forwarding: the resident gets it.',
      publicDescriptionRequired:
        'Enter a public description (no personal data) before marking the report public.',
      channels: { email: 'E-mail', sms: 'SMS' },
    },
    messages: {
      singular: 'Report message',
      plural: 'Report messages',
      description:
        "The history of reports: changes of state, replies, internal notes and residents' answers.",
      report: { label: 'Report', description: '' },
      kind: {
        label: 'Kind',
        description: '',
        note: 'Internal note',
        reply: 'Reply to the resident',
        answer: "Resident's answer",
        status: 'Change of state',
      },
      body: { label: 'Text', description: '' },
      status: { label: 'New state', description: '' },
      author: { label: 'Author', description: '' },
    },
    photos: {
      singular: 'Report photo',
      plural: 'Report photos',
      description: 'Photos residents attached, without EXIF and GPS data.',
    },
    keys: {
      singular: 'Open311 key',
      plural: 'Open311 keys',
      description:
        'API keys of apps that post reports through Open311 (POST /api/open311/v2/requests.json). One key per integrator: create the record, then "Issue key". The key shows once; only its hash is stored.',
      name: { label: 'Integrator', description: 'Who uses the key, e.g. "My Gmina app".' },
      key: {
        label: 'Key ending',
        description:
          'The last characters of the issued key, to tell keys apart. The key itself is not stored.',
      },
      active: { label: 'Active', description: 'Untick to block the key.' },
      lastUsedAt: { label: 'Last used', description: '' },
    },
    notYours: 'This report belongs to a category you do not handle.',
  },
}
