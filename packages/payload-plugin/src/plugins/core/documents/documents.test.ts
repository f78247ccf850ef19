import { ValidationError, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { resolveOptions } from '../../../options'
import { jpegBytes, pdfBytes } from '../../../shared/test-files'
import { documentsCollection } from './config'
import { checkUploadedFile } from '../../../shared/check-uploaded-file'

const options = resolveOptions().documents

const upload = (data: Buffer, name: string, mimetype: string, language = 'pl') => {
  const file = { data, name, mimetype, size: data.length }
  const req = { file, i18n: { language } } as unknown as PayloadRequest
  const run = () =>
    checkUploadedFile(options)({
      args: {} as never,
      collection: { slug: 'documents' } as never,
      context: {},
      operation: 'create',
      req,
    })
  return { file, run }
}

const rejection = async (run: () => unknown): Promise<ValidationError> => {
  try {
    await run()
  } catch (error) {
    if (error instanceof ValidationError) return error
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('documents upload check', () => {
  it('accepts a PDF and stores the sniffed MIME type', async () => {
    const { file, run } = upload(pdfBytes(), 'uchwala.pdf', 'application/octet-stream')
    await run()
    expect(file.mimetype).toBe('application/pdf')
  })

  it('rejects a JPEG renamed to .pdf with a 400 and a Polish message', async () => {
    const { run } = upload(jpegBytes(), 'uchwala.pdf', 'application/pdf')
    const error = await rejection(run)
    expect(error.status).toBe(400)
    const message = error.data.errors[0]?.message ?? ''
    expect(message).toContain(
      'Plik nie jest dokumentem PDF ani innym dozwolonym formatem (rozpoznano: image/jpeg)',
    )
    expect(message).toContain('Dozwolone: PDF, DOCX, XLSX, ODT, ODS')
    expect(error.data.errors[0]?.path).toBe('file')
  })

  it('answers in English to an editor using the English admin', async () => {
    const { run } = upload(jpegBytes(), 'uchwala.pdf', 'application/pdf', 'en')
    const error = await rejection(run)
    expect(error.data.errors[0]?.message).toContain('detected: image/jpeg')
  })

  it('rejects files over the size limit, naming the limit', async () => {
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(21 * 1024 * 1024, 0x20)])
    const error = await rejection(upload(big, 'duzy.pdf', 'application/pdf').run)
    expect(error.status).toBe(400)
    expect(error.data.errors[0]?.message).toMatch(/limit to 20 MB/)
  })

  it('lets operations without a file through', async () => {
    const req = { i18n: { language: 'pl' } } as unknown as PayloadRequest
    const args = { data: { title: 'x' } }
    const result = await checkUploadedFile(options)({
      args: args as never,
      collection: { slug: 'documents' } as never,
      context: {},
      operation: 'update',
      req,
    })
    expect(result).toBe(args)
  })

  it('configures the collection: title, upload types, hook', () => {
    const collection = documentsCollection(options, { dir: 'uploads' })
    expect(collection.slug).toBe('documents')
    expect(collection.fields.map((field) => ('name' in field ? field.name : ''))).toEqual(['title'])
    const upload = collection.upload as { mimeTypes: string[]; staticDir: string }
    expect(upload.staticDir).toBe('uploads/documents')
    expect(upload.mimeTypes).toContain('application/pdf')
    expect(upload.mimeTypes).toContain('application/x-cfb')
    expect(collection.hooks?.beforeOperation).toHaveLength(2)
  })
})
