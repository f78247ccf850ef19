import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'

/** A multipart body for an upload: the file and the record's fields as `_payload`. */
export const uploadForm = (file: Buffer, name: string, type: string, data: object): FormData => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file)], { type }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}

/** A JPEG wide enough for the thumbnail size, a different one per colour. */
export const jpeg = (background = '#3366aa'): Promise<Buffer> =>
  sharp({ create: { width: 480, height: 320, channels: 3, background } })
    .jpeg()
    .toBuffer()

/** Downloads a file URL (`/media/file/x.jpg`) through Payload's own handler: status and bytes. */
export const download = async (
  payload: Payload,
  path: string,
  token?: string,
): Promise<{ status: number; bytes: Buffer }> => {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({
    config: payload.config,
    path: `/api${path}`,
    request: new Request(`http://localhost:3000/api${path}`, { headers }),
  })
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
}
