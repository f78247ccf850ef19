import type { notificationsPl } from './pl'

/** English admin texts of the notifications plugin; the same keys as `pl.ts`. */
export const notificationsEn: typeof notificationsPl = {
  notifications: {
    group: 'Notifications',
    groups: {
      singular: 'Notification group',
      plural: 'Notification groups',
      description: 'Groups residents may join whatever their area, e.g. "Flood risk", "Culture and sport".',
      name: { label: 'Name', description: 'As residents see it on the form.' },
      description_: { label: 'Description', description: 'One sentence: who should join and what they get.' },
      alertKinds: {
        label: 'Alerts of these kinds',
        description: 'Alerts of the chosen kinds always reach this group, whatever their areas.',
      },
    },
    subscriptions: {
      singular: 'Subscription',
      plural: 'Subscriptions',
      description:
        'Residents subscribed to notifications. They sign up on /powiadomienia/ and confirm; here an admin adds official members (village heads, the crisis team) with a legal basis.',
      channel: { label: 'Channel', description: 'How messages are sent.' },
      address: { label: 'E-mail address or phone number', description: 'Phone numbers as +48…' },
      status: {
        label: 'State',
        description: 'Pending – not confirmed; active – receives messages; ended – unsubscribed.',
        pending: 'Pending confirmation',
        active: 'Active',
        ended: 'Ended',
      },
      topics: { label: 'Receives', description: 'Alerts, news, events.' },
      areas: { label: 'Areas', description: 'Empty – the whole gmina.' },
      categories: { label: 'Topics', description: 'Topics of news and events; empty – all.' },
      groups: { label: 'Groups', description: 'Notification groups joined.' },
      frequency: { label: 'Frequency', description: 'How often news and events come.' },
      official: {
        label: 'Official member',
        description: 'Added by the office without consent, on the legal basis below; counted apart.',
      },
      legalBasis: {
        label: 'Legal basis',
        description: 'E.g. the crisis management act, member of the team.',
      },
      consentVersion: {
        label: 'Consent version',
        description: 'The version of the clause the resident accepted.',
      },
      startedAt: { label: 'Start', description: 'When the subscription became active (confirmation).' },
      endedAt: { label: 'End', description: 'When the resident left or the channel stopped working.' },
      endReason: { label: 'End reason', description: 'E.g. unsubscribed, permanent delivery failure.' },
      erasedAt: {
        label: 'Data erased',
        description: 'When the address was erased; an anonymous record stays.',
      },
      legalBasisRequired: 'An official member needs a legal basis.',
      addressRequired: 'Enter an e-mail address or a phone number.',
      addressInvalid: 'Not a valid e-mail address or Polish mobile number.',
      channels: { email: 'E-mail', sms: 'SMS', push: 'Browser notifications' },
      topicNames: { alerts: 'Alerts', news: 'News', events: 'Events' },
      frequencies: { immediately: 'At once', daily: 'Daily', weekly: 'Weekly' },
    },
    deliveries: {
      singular: 'Delivery',
      plural: 'Deliveries',
      description: 'Each message to each recipient: state, attempts, error. Sent by the job queue.',
      message: { label: 'Message', description: 'What it is about, e.g. an alert and its variant.' },
      subject: { label: 'Subject', description: '' },
      digest: { label: 'Digest', description: 'The digest (daily or weekly) this item went out in.' },
      state: {
        label: 'State',
        description: '',
        queued: 'Queued',
        sending: 'Sending',
        sent: 'Sent',
        failed: 'Failed',
        cancelled: 'Cancelled',
        held: 'Held for a digest',
        digested: 'In a digest',
      },
      dueAt: { label: 'Due', description: 'Messages other than alarms wait for the end of quiet hours.' },
      attempts: { label: 'Attempts', description: '' },
      sentAt: { label: 'Sent', description: '' },
      error: { label: 'Error', description: '' },
    },
    notify: {
      label: 'Notify subscribers',
      description:
        'On publishing, send this alert to the subscribers of its areas (or the whole gmina). Ticking it again on a later change sends an "Update", after it ended a "Cancelled".',
    },
    notifyItem: {
      label: 'Notify subscribers',
      description:
        'On publishing, send this to the subscribers of its areas and topics: at once or in their daily or weekly digest. Ticking it again on a later change sends an "Update", after an event is cancelled a "Cancelled".',
    },
    notifiedAt: { label: 'Notified', description: 'When subscribers were last notified of this alert.' },
  },
}
