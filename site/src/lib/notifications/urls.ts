/** Where residents sign up for notifications. */
export const NOTIFICATIONS_PATH = '/powiadomienia/'
