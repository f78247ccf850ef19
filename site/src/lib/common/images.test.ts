import type { Media } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { renditionFor, renditions, shownRenditions, srcset } from './images'

const file = (filename: string, width: number) => ({
  url: `/api/media/file/${filename}`,
  filename,
  mimeType: 'image/jpeg',
  filesize: width * 10,
  width,
  height: Math.round((width * 9) / 16),
})

const media: Media = {
  id: 1,
  alt: 'Droga',
  decorative: false,
  ...file('droga.jpg', 1600),
  sizes: { thumbnail: file('droga-400x225.jpg', 400), card: file('droga-800x450.jpg', 800), hero: null },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
}

describe('images', () => {
  it('lists the original and every size, narrowest first, skipping sizes Payload did not make', () => {
    expect(renditions(media).map((f) => f.width)).toEqual([400, 800, 1600])
  })

  it('lists one rendition per width, the size sharp made before an original as wide', () => {
    const hero = { ...file('droga-1600x900.webp', 1600), mimeType: 'image/webp' }
    const withHero = { ...media, sizes: { ...media.sizes, hero } }
    expect(shownRenditions(withHero).map((f) => f.filename)).toEqual([
      'droga-400x225.jpg',
      'droga-800x450.jpg',
      'droga-1600x900.webp',
    ])
    expect(srcset(withHero)).not.toContain('droga.jpg')
    expect(renditionFor(withHero, 1200).filename).toBe('droga-1600x900.webp')
    expect(renditions(withHero)).toHaveLength(4)
  })

  it('builds a srcset of local URLs', () => {
    expect(srcset(media)).toBe(
      '/media/droga-400x225.jpg 400w, /media/droga-800x450.jpg 800w, /media/droga.jpg 1600w',
    )
  })

  it('picks the narrowest rendition wide enough', () => {
    expect(renditionFor(media, 700).filename).toBe('droga-800x450.jpg')
    expect(renditionFor(media, 3000).filename).toBe('droga.jpg')
  })
})
