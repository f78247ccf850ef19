import { html } from '@ratusz/resident-forms'
import { htmlEmail, plainTextEmail, type MessageFooter } from '../../../shared/residents/email-frame'

/** The double opt-in e-mail: one link that confirms the sign-up; nothing is sent before it is followed. */
export const confirmationEmail = (
  gminaName: string,
  confirmLink: string,
  pendingHours: number,
  footer: MessageFooter,
): { subject: string; text: string; html: string } => {
  const subject = `Potwierdź zapis na powiadomienia: ${gminaName}`
  const lines = [
    'Ktoś (zapewne Ty) zapisał ten adres na powiadomienia gminy. Aby je dostawać, potwierdź zapis:',
    confirmLink,
    `Link działa ${pendingHours} godzin. Jeśli to nie Ty, zignoruj tę wiadomość: nic więcej nie wyślemy, a adres usuniemy.`,
  ]
  const body = html`<p style="margin:0 0 12px">${lines[0]}</p>
    <p style="margin:0 0 16px">
      <a
        href="${confirmLink}"
        style="display:inline-block;padding:12px 20px;background:#0b4f9c;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold"
        >Potwierdzam zapis</a
      >
    </p>
    <p style="margin:0 0 12px">${lines[2]}</p>`
  return {
    subject,
    text: plainTextEmail([subject, ...lines], footer),
    html: htmlEmail(subject, body, footer),
  }
}
