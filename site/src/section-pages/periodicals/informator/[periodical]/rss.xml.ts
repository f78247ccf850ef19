import type { APIRoute, GetStaticPaths } from 'astro'
import type { NewsletterIssue, Periodical } from '@ratusz/contract'
import { periodicalFeedPaths } from '../../../../lib/periodicals/content'
import { buildIssueFeed } from '../../../../lib/periodicals/feed'
import { loadSettings } from '../../../../lib/common/settings'
import { channelImage } from '../../../../lib/common/feed-image'
import { feedResponse } from '../../../../lib/common/feed-response'
import { buildNow } from '../../../../lib/build/build-now'

export const getStaticPaths = periodicalFeedPaths satisfies GetStaticPaths

export const GET: APIRoute<{ periodical: Periodical; issues: NewsletterIssue[] }> = async ({ props, site }) =>
  feedResponse(
    buildIssueFeed({
      site: site!,
      periodical: props.periodical,
      issues: props.issues,
      now: buildNow(),
      imageUrl: channelImage(await loadSettings(), site!),
    }),
  )
