/** The largest form body a public endpoint reads. */
const MAX_FORM_BYTES = 32 * 1024

/** Why a posted body could not be read, in Polish. */
export class FormBodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/**
 * The fields of a posted HTML form (`application/x-www-form-urlencoded`), read up to a size limit. A body of
 * another type or too large is refused with a Polish reason.
 */
export const readForm = async (request: Request): Promise<URLSearchParams> => {
  const type = request.headers.get('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded'))
    throw new FormBodyError('Ten adres przyjmuje tylko formularz wysłany ze strony.', 415)
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_FORM_BYTES) throw new FormBodyError('Formularz jest zbyt duży.', 413)
  const text = await request.text()
  if (Buffer.byteLength(text) > MAX_FORM_BYTES) throw new FormBodyError('Formularz jest zbyt duży.', 413)
  return new URLSearchParams(text)
}

/** The posted form, or null when it could not be read (a token page then answers "link nieaktualny"). */
export const readFormOrNull = async (request: Request): Promise<URLSearchParams | null> => {
  try {
    return await readForm(request)
  } catch (error) {
    if (error instanceof FormBodyError) return null
    throw error
  }
}
