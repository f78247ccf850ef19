import sharp from 'sharp'
import { sniffMimeType } from '../../../shared/sniff-mime'
import type { ReportsOptions } from '../options'

/** Types a resident's photo may have, judged by its content (never by its name or what the browser said). */
export const PHOTO_INPUT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const

/** Why a photo was refused, in Polish. */
export class PhotoError extends Error {}

/**
 * A resident's photo made safe to keep: the type sniffed from the bytes, size and pixel limits (against
 * decompression bombs), turned upright by its EXIF orientation, scaled down to `photoMaxSide`, and re-encoded as
 * JPEG without any metadata: no EXIF, no GPS position, no camera, no ICC or XMP block survives.
 */
export const processPhoto = async (
  bytes: Uint8Array,
  filename: string,
  options: Pick<ReportsOptions, 'maxPhotoMB' | 'maxPhotoPixels' | 'photoMaxSide'>,
): Promise<Buffer> => {
  if (bytes.byteLength > options.maxPhotoMB * 1024 * 1024)
    throw new PhotoError(`Zdjęcie „${filename}” jest większe niż ${options.maxPhotoMB} MB.`)
  const type = await sniffMimeType(bytes, filename)
  if (!type || !(PHOTO_INPUT_TYPES as readonly string[]).includes(type))
    throw new PhotoError(`Plik „${filename}” nie jest zdjęciem JPEG, PNG ani WebP.`)
  try {
    const image = sharp(bytes, { limitInputPixels: options.maxPhotoPixels, failOn: 'error' })
    const { width = 0, height = 0 } = await image.metadata()
    if (width * height > options.maxPhotoPixels)
      throw new PhotoError(`Zdjęcie „${filename}” ma zbyt wiele pikseli.`)
    return await image
      .rotate()
      .resize({
        width: options.photoMaxSide,
        height: options.photoMaxSide,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer()
  } catch (error) {
    if (error instanceof PhotoError) throw error
    throw new PhotoError(`Nie udało się odczytać zdjęcia „${filename}”. Spróbuj innego pliku.`)
  }
}
