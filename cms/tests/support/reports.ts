import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { signShownAt } from '../../../packages/payload-plugin/src/shared/residents/resident-token'
import type { PageResponse } from './form-post'

export const REPORT = '/api/public/zgloszenia'

/** Sends the report form as a browser does: multipart/form-data with its fields and photos. */
export const postReport = async (
  payload: Payload,
  fields: Record<string, string>,
  photos: { name: string; bytes: Uint8Array; type?: string }[] = [],
  headers: Record<string, string> = {},
): Promise<PageResponse> => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  for (const photo of photos)
    form.append(
      'zdjecia',
      new File([new Uint8Array(photo.bytes)], photo.name, { type: photo.type ?? 'image/jpeg' }),
    )
  const request = new Request(`http://localhost:3000${REPORT}`, { method: 'POST', body: form, headers })
  const response = await handleEndpoints({ config: payload.config, path: REPORT, request })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

/** The report form's fields, filled in as a resident would (the form shown five seconds ago). */
export const reportFields = (
  payload: Payload,
  values: { category: number | string; area?: number | string; email?: string; phone?: string } & Record<
    string,
    unknown
  >,
): Record<string, string> => ({
  kategoria: String(values.category),
  opis: String(values.opis ?? 'Nie świeci latarnia od tygodnia, na przejściu jest zupełnie ciemno.'),
  obszar: values.area ? String(values.area) : '',
  miejsce: String(values.miejsce ?? 'ul. Leśna 12, przy przejściu dla pieszych'),
  kanal: values.phone ? 'sms' : 'email',
  email: values.email ?? '',
  telefon: values.phone ?? '',
  zgoda: 'tak',
  pokazano: signShownAt(payload.secret, Date.now() - 5000),
})

/**
 * A JPEG a phone would send: 64×48 pixels, turned by its EXIF orientation (6: the picture stands), with the GPS
 * position and the camera in its metadata.
 */
export const phoneJpeg = async (): Promise<Buffer> =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 80, b: 20 } } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'TestPhone', Model: 'Lipowa 1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '50/1 52/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '20/1 37/1 0/1',
      },
    })
    .toBuffer()

/** Whether EXIF data names a GPS block (the GPSInfo tag 0x8825, in either byte order). */
export const hasGpsTag = (exif: Buffer | undefined): boolean =>
  Boolean(exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]))))
