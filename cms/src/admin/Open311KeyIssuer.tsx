'use client'
import {
  Button,
  ConfirmationModal,
  toast,
  useConfig,
  useDocumentInfo,
  useFormFields,
  useModal,
} from '@payloadcms/ui'
import { useState } from 'react'

const MODAL = 'ratusz-open311-new-key'

/**
 * On an Open311 key's screen, for administrators: "Wydaj klucz" issues the integrator's key (again, after asking:
 * the previous one stops working) and shows it this once; the CMS keeps only its hash and ending.
 */
export const Open311KeyIssuer = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { openModal } = useModal()
  const ending = useFormFields(([fields]) => fields.keyEnding?.value)
  const [key, setKey] = useState<string | null>(null)
  if (!id) return <p className="field-description">Zapisz wpis, a potem wydaj klucz.</p>
  const issue = async () => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/open311-keys/${id}/nowy-klucz`, {
      method: 'POST',
      credentials: 'include',
    })
    const answer = (await response.json().catch(() => ({}))) as { key?: string; message?: string }
    if (response.ok && answer.key) setKey(answer.key)
    else toast.error(answer.message ?? `Nie udało się (${response.status}).`)
  }
  const issued = Boolean(ending) || key !== null
  return (
    <div className="field-type ratusz-open311-key">
      {key ? (
        <div role="status">
          <p>
            <strong>Nowy klucz</strong> – skopiuj go teraz i przekaż integratorowi. Nie pokażemy go ponownie.
          </p>
          <p>
            <code style={{ userSelect: 'all', wordBreak: 'break-all' }}>{key}</code>
          </p>
        </div>
      ) : null}
      <Button
        buttonStyle="secondary"
        size="medium"
        onClick={() => (issued ? openModal(MODAL) : void issue())}
      >
        {issued ? 'Wydaj nowy klucz' : 'Wydaj klucz'}
      </Button>
      <ConfirmationModal
        modalSlug={MODAL}
        heading="Wydać nowy klucz?"
        body="Dotychczasowy klucz tego integratora przestanie działać."
        confirmLabel="Wydaj nowy klucz"
        cancelLabel="Anuluj"
        onConfirm={issue}
      />
    </div>
  )
}
