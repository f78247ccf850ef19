import type { ServerProps } from 'payload'
import { hasRole } from '@ratusz/payload-plugin'

/** "Statystyki roczne" under the navigation's groups, for administrators (the page refuses anyone else too). */
export const StatisticsNavLink = ({ user }: ServerProps) => {
  if (!hasRole(user as never, ['admin'])) return null
  return (
    <a className="nav__link" href="/admin/statystyki" id="nav-ratusz-statystyki">
      <span className="nav__link-label">Statystyki roczne</span>
    </a>
  )
}
