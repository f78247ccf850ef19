import type { Payload } from 'payload'
import { gminaIdentity } from './gmina-identity'

/** The admin header's icon: the gmina's coat of arms (its name as the text alternative). */
export const GminaIcon = async ({ payload }: { payload: Payload }) => {
  const { name, arms } = await gminaIdentity(payload)
  return arms ? (
    <img src={arms} alt={name ?? 'Ratusz'} height={24} />
  ) : (
    <span className="ratusz-icon">{(name ?? 'Ratusz').slice(0, 1)}</span>
  )
}
