import type { Language } from '../../shared/i18n'
import type { PublishOutcome } from './options'
import { publishingEn } from './translations/en'
import { publishingPl } from './translations/pl'

const STEPS = ['build', 'links', 'feeds'] as const

/**
 * The publish log's "Przebieg" of a successful publish: the step times on one line ("budowa 2345 ms, linki
 * 120 ms, kanały 8 ms"), then the publisher's own line on how the build went (warm renderer: paths rendered and
 * its steps), or undefined when the publisher told neither.
 */
export const describeSteps = (
  { stepsMs, detail }: Pick<PublishOutcome, 'stepsMs' | 'detail'>,
  language: Language = 'pl',
): string | undefined => {
  const names = (language === 'en' ? publishingEn : publishingPl).publishing.steps
  const times = STEPS.filter((step) => stepsMs?.[step] !== undefined)
    .map((step) => `${names[step]} ${stepsMs![step]} ms`)
    .join(', ')
  const lines = [times, detail ?? ''].filter(Boolean)
  return lines.length > 0 ? lines.join('\n') : undefined
}
