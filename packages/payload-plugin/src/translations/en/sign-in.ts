import type { signInPl } from '../pl/sign-in'

/** Accounts: sign-in limits, password rules, the password-reset e-mail (merged into `users`). */
export const signInEn: typeof signInPl = {
  nameRequired: 'Enter the full name (spaces alone are not enough).',
  password: {
    tooShort:
      'The password must have at least {min} characters. A few words are easiest to remember, e.g. "green bike by the river".',
    common:
      'This password is on the list of the most used passwords and easy to guess. Choose another, e.g. a few words you will remember.',
  },
  currentPassword: {
    label: 'Current password',
    description: 'To change your password, enter the current one too.',
    missing: 'To change the password, enter the current password.',
    wrong: 'The current password is wrong.',
  },
  throttled: {
    signIn:
      'Too many failed sign-ins. Try again in {minutes} min, or set a new password ("Forgot password?").',
    reset:
      'Too many password-reset requests. Try again in {minutes} min and check your mailbox, the spam folder too.',
  },
  resetEmail: {
    subject: 'Ratusz: set a new password',
    intro:
      'Someone (probably you) asked to set a new password for the Ratusz panel. To do so, open this link:',
    expiry: 'The link works for an hour and only once.',
    notYou: 'If it was not you, ignore this message: your password stays as it is.',
  },
}
