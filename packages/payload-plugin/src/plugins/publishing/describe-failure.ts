import { format, type Language } from '../../shared/i18n'
import { publishingEn } from './translations/en'
import { publishingPl } from './translations/pl'

const contractLine = /CMS record (\S+) #(\S+) does not match the contract:\s*\n?\s*field "([^"]+)": ([^\n]+)/
const cmsDown = /Cannot reach the CMS/

/**
 * Turns a failed publish's error into what an editor can act on: in plain language, naming the record that
 * broke the site's contract when that was the cause. The technical message is kept separately for operators.
 */
export const describeFailure = (error: unknown, language: Language = 'pl'): string => {
  const texts = (language === 'en' ? publishingEn : publishingPl).publishing.failures
  const message = error instanceof Error ? error.message : String(error)
  const step = (error as { step?: string } | undefined)?.step
  const contract = message.match(contractLine)
  if (contract) {
    const [, collection, id, field, problem] = contract
    return format(texts.contract, { collection: collection!, id: id!, field: field!, problem: problem! })
  }
  if (cmsDown.test(message)) return texts.cmsDown
  const detail = message.split('\n').slice(0, 3).join(' ').slice(0, 400)
  if (step === 'links') return format(texts.links, { detail })
  if (step === 'feeds') return format(texts.feeds, { detail })
  return format(texts.other, { detail })
}
