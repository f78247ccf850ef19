import type { Section } from '@ratusz/contract'
import installed from 'virtual:ratusz/installed-sections'

/**
 * Whether a section is switched on in the CMS. Only then do its pages exist (integrations/sections.ts), so only
 * then may another page link to it, announce its feeds or show its records.
 */
export const sectionOn = (section: Section): boolean => installed.sections.includes(section)

/** Whether residents can get notifications this way from the CMS (SMS: a provider; push: VAPID keys). */
export const notificationChannelOn = (channel: 'sms' | 'push'): boolean =>
  installed.notificationChannels.includes(channel)
