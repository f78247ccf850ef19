import type { Media, SiteSettings } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { shareImage, shareImageOr } from './share-image'

const at = '2025-01-01T00:00:00.000Z'
const file = (filename: string, width: number, height: number, mimeType = 'image/webp') => ({
  url: `/api/media/file/${filename}`,
  filename,
  mimeType,
  filesize: width * 10,
  width,
  height,
})
const photo: Media = {
  id: 1,
  alt: 'Dożynki w Olszynach',
  decorative: false,
  ...file('dozynki.jpg', 2400, 1350, 'image/jpeg'),
  sizes: {
    thumbnail: file('dozynki-400x225.webp', 400, 225),
    card: file('dozynki-800x450.webp', 800, 450),
    hero: file('dozynki-1600x900.webp', 1600, 900),
  },
  createdAt: at,
  updatedAt: at,
}
const arms: Media = {
  ...photo,
  id: 2,
  alt: 'Herb gminy',
  ...file('herb.png', 400, 480, 'image/png'),
  sizes: { thumbnail: file('herb-400x480.webp', 400, 480) },
}
const settings = { gminaName: 'Gmina Lipowa Wola', coatOfArms: arms } as SiteSettings
const site = 'https://lipowawola.example.pl'

describe('shareImage', () => {
  it('shares a JPEG or PNG (what every service reads) by absolute URL, as a large card when wide', () => {
    expect(shareImage(photo, site)).toEqual({
      url: 'https://lipowawola.example.pl/media/dozynki.jpg',
      width: 2400,
      height: 1350,
      type: 'image/jpeg',
      alt: 'Dożynki w Olszynach',
      large: true,
    })
  })

  it('takes the best WebP when the image has no JPEG or PNG, from the folder the section serves it from', () => {
    const webpOnly: Media = { ...photo, ...file('plakat.webp', 1600, 900), sizes: photo.sizes }
    const image = shareImage(webpOnly, site, (name) => `/informator/okladki/${name}`)
    expect(image.url).toBe('https://lipowawola.example.pl/informator/okladki/dozynki-1600x900.webp')
  })

  it('falls back to the coat of arms, a small card', () => {
    expect(shareImageOr(undefined, settings, site)).toMatchObject({
      url: 'https://lipowawola.example.pl/media/herb.png',
      alt: 'Herb gminy',
      large: false,
    })
    const own = shareImage(photo, site)
    expect(shareImageOr(own, settings, site)).toBe(own)
    expect(shareImageOr(undefined, { ...settings, coatOfArms: null }, site)).toBeUndefined()
  })
})
