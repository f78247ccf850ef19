'use client'
import { Button, ConfirmationModal, toast, useConfig, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { Fragment } from 'react'

type Action = { endpoint: string; label: string; body: string }

const ACTIONS: Action[] = [
  {
    endpoint: 'republish',
    label: 'Opublikuj ponownie',
    body: 'Serwis zostanie opublikowany ponownie z obecnej treści. Do końca publikacji mieszkańcy widzą obecną wersję serwisu.',
  },
  {
    endpoint: 'rollback',
    label: 'Przywróć poprzednią wersję serwisu',
    body: 'Serwis wróci do wersji sprzed ostatniej publikacji. Zmiany opublikowane od tamtej pory znikną ze strony do następnej publikacji (po kolejnej zmianie treści albo po „Opublikuj ponownie”).',
  },
]

/**
 * The publish log's two actions for administrators (PublishActions.tsx decides who sees them): each asks for
 * confirmation, calls its endpoint of the site-publishes collection, says how it went and reloads the log.
 */
export const PublishActionButtons = () => {
  const { openModal } = useModal()
  const { config } = useConfig()
  const router = useRouter()
  const run = async (endpoint: string) => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/site-publishes/${endpoint}`, {
      method: 'POST',
      credentials: 'include',
    })
    const { message } = (await response.json().catch(() => ({}))) as { message?: string }
    if (response.ok) toast.success(message ?? 'Gotowe.')
    else toast.error(message ?? `Nie udało się (${response.status}).`)
    router.refresh()
  }
  return (
    <div className="ratusz-publish-actions">
      {ACTIONS.map(({ endpoint, label, body }) => (
        <Fragment key={endpoint}>
          <Button buttonStyle="secondary" size="medium" onClick={() => openModal(`ratusz-${endpoint}`)}>
            {label}
          </Button>
          <ConfirmationModal
            modalSlug={`ratusz-${endpoint}`}
            heading={`${label}?`}
            body={body}
            confirmLabel={label}
            cancelLabel="Anuluj"
            onConfirm={() => run(endpoint)}
          />
        </Fragment>
      ))}
    </div>
  )
}
