import type { publishingPl } from './pl'

/** English admin texts of the publishing plugin: the publish log; the same keys as `pl.ts`. */
export const publishingEn: typeof publishingPl = {
  publishing: {
    group: 'Site publishing',
    singular: 'Site publish',
    plural: 'Site publishes',
    description:
      'Every change to published content refreshes the site by itself within seconds. Here you see when the site was published, how long it took and what went wrong. When a publish fails, residents keep seeing the previous version of the site.',
    status: {
      label: 'Status',
      queued: 'Queued',
      running: 'Running',
      succeeded: 'Published',
      failed: 'Failed',
    },
    reason: { label: 'Reason', description: 'The change that started the publish.' },
    scheduledFor: { label: 'Scheduled for' },
    startedAt: { label: 'Started' },
    finishedAt: { label: 'Finished' },
    durationSeconds: { label: 'Duration (s)' },
    pages: { label: 'Pages' },
    via: {
      label: 'Way',
      warm: 'fast (warm renderer)',
      'warm-start': "the renderer's first start",
      cold: 'full rebuild',
    },
    steps: {
      label: 'Steps',
      description: "The publish's step times and how the site was built, for the server administrator.",
      build: 'build',
      links: 'links',
      feeds: 'feeds',
    },
    releaseId: { label: 'Site release' },
    error: {
      label: 'Error',
      description: 'What went wrong and what to do. The site keeps showing the previous, working version.',
    },
    errorDetail: { label: 'Technical details', description: 'For the server administrator.' },
    details: { label: 'Details: times and site release' },
    warnings: {
      label: 'Records left out',
      description:
        'Records the site could not show: they were left out and the rest of the site was published. Fix each of them and save it again.',
    },
    skipped: {
      record: 'Record {collection} #{id} left out: field "{field}": {problem}.',
      keptPrevious: 'The site still shows its previous version.',
      notShown: 'The site does not show it.',
    },
    reasons: {
      changed: '{record}: changed',
      deleted: '{record}: deleted',
      global: 'Settings change: {global}',
      clock: 'Time passed (an event or alert ended, scheduled content)',
      republish: 'Published again at the request of {user}',
      rollback: 'Previous site version restored at the request of {user}',
      start: 'Publishing started (e.g. after an update of the site)',
    },
    actions: {
      forbidden: 'Only an administrator may publish the site again or restore its previous version.',
      republished: 'A site publish is queued; the site refreshes within seconds.',
      rolledBack: 'The site shows its previous version again ({release}).',
      rollbackUnavailable:
        'This CMS does not restore site versions itself. The server administrator can run "pnpm rollback".',
      rollbackFailed:
        'Restoring the previous site version failed: {detail}. The site shows what it did before.',
      noPreviousRelease: 'there is no older site version',
    },
    preview: {
      signIn: 'Only signed-in editors see previews. Sign in to the admin and try again.',
      notFound: 'There is no such document, or you cannot read it.',
      warmPublishOff:
        'Preview needs the warm publisher, which is off on this site. The server administrator can turn it on with RATUSZ_WARM_PUBLISH=true. Until then you see a document on the site only once it is published.',
      rendererNotStarted:
        'Preview is available after the first publish since the CMS started (it starts the renderer). Try again in a few minutes.',
      noPage:
        'This document has no address on the site yet: fill in its address, save the draft and try again.',
      refused: 'The preview could not be made: {reason}',
      title: 'Preview',
    },
    failures: {
      cmsDown:
        'The site could not read the content from the CMS (it did not answer). Try again shortly; if it keeps failing, tell the administrator.',
      contract:
        'Record {collection} #{id} has an invalid field "{field}": {problem}. Fix the record and save it again.',
      links:
        'Site pages link to pages that do not exist: {detail}. Fix the links in the content and save again.',
      feeds: 'An RSS feed or calendar could not be built properly: {detail}. Tell the administrator.',
      other: 'Publishing the site failed: {detail}. Tell the administrator.',
    },
  },
}
