import type { corePl } from './pl'

/**
 * English admin texts of the core plugin: users and signing in, media, documents; the same keys as `pl.ts`.
 */
export const coreEn: typeof corePl = {
  users: {
    singular: 'User',
    plural: 'Users',
    name: { label: 'Full name', description: "Enter the person's full name; it signs their articles." },
    roles: {
      label: 'Roles',
      description:
        'An administrator manages everything, accounts included. An editor writes and publishes content. Only an administrator changes roles.',
      admin: 'Administrator',
      editor: 'Editor',
      'bip-editor': 'BIP editor',
      'reports-handler': 'Reports handler',
    },
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
  },
  media: {
    singular: 'Image',
    plural: 'Images',
    description:
      'Photos and graphics (JPEG, PNG, WebP, AVIF, GIF, SVG). Sizes for the site are made automatically.',
    alt: {
      label: 'Alternative text',
      description:
        'Describe what the image shows, for blind readers (e.g. "The mayor cuts the ribbon on the new bridge"). Required unless the image is decorative.',
    },
    decorative: {
      label: 'Decorative image',
      description:
        'Tick when the image adds nothing to the content (background, ornament). Then no alternative text is needed.',
    },
    caption: { label: 'Caption', description: 'Caption under the image, e.g. author or source (optional).' },
  },
  documents: {
    singular: 'Document',
    plural: 'Documents',
    description: 'Attachments: PDF, office documents, ZIP archives. The file type is checked by its content.',
    title: {
      label: 'Title',
      description: 'Name of the document residents see, e.g. "Resolution XII/45/2025 on the budget".',
    },
  },
}
