/** The one way the admin writes a moment: Polish, 24-hour, "30.11.2026, 13:42" (date-fns tokens). */
export const DATE_TIME_FORMAT = 'dd.MM.yyyy, HH:mm'

/** The one way the admin writes a day: "30.11.2026". */
export const DATE_FORMAT = 'dd.MM.yyyy'
