import { describe, expect, it } from 'vitest'
import { safeFileHeaders } from './serve-upload'

const served = (contentType: string) =>
  Object.fromEntries(
    safeFileHeaders(['image/png', 'text/plain'])({ headers: new Headers({ 'Content-Type': contentType }) }),
  )

describe('safeFileHeaders', () => {
  it('keeps an allowed type and forbids guessing', () => {
    expect(served('image/png')).toEqual({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff' })
  })

  it('gives text its charset', () => {
    expect(served('text/plain')).toEqual({
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
    })
  })

  it('turns HTML (or any type outside the list) into a download', () => {
    expect(served('text/html')).toEqual({
      'content-type': 'application/octet-stream',
      'content-disposition': 'attachment',
      'x-content-type-options': 'nosniff',
    })
  })
})
