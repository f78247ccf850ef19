import type { Payload } from 'payload'
import { gminaIdentity } from './gmina-identity'

/** The login page's logo: the gmina's coat of arms and name instead of Payload's mark. */
export const GminaLogo = async ({ payload }: { payload: Payload }) => {
  const { name, arms } = await gminaIdentity(payload)
  return (
    <div className="ratusz-logo">
      {arms && <img src={arms} alt="" height={64} />}
      <span>{name ?? 'Ratusz'}</span>
    </div>
  )
}
