const format = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** A moment as residents read it in a message: "30.11.2026, 13:42" on the Warsaw clock. */
export const polishTime = (iso: string | Date): string => format.format(new Date(iso))

const dayFormat = new Intl.DateTimeFormat('pl-PL', {
  timeZone: 'Europe/Warsaw',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
})

/** A day as residents read it: "30.11.2026" on the Warsaw clock. */
export const polishDay = (iso: string | Date): string => dayFormat.format(new Date(iso))
