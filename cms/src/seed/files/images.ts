import sharp from 'sharp'

const palettes = [
  ['#1d4e89', '#7fb7e6'],
  ['#2f6b3a', '#a8d5a2'],
  ['#8a3b12', '#f2b880'],
  ['#5b2a86', '#c9a7eb'],
  ['#0f5e5e', '#8fd3d3'],
  ['#7a1f3d', '#f0a6bd'],
] as const

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * A demo photograph stand-in: a landscape-ish gradient with hills and the subject as a caption,
 * rendered by sharp to JPEG (1600×900) so the CMS makes its real image sizes from it.
 */
export const demoImage = async (subject: string, variant: number): Promise<Buffer> => {
  const [dark, light] = palettes[variant % palettes.length]!
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
  <rect width="1600" height="900" fill="url(#sky)"/>
  <circle cx="${1200 - variant * 90}" cy="220" r="90" fill="#fff6c8" opacity="0.9"/>
  <path d="M0 640 Q 400 ${480 + variant * 10} 800 620 T 1600 600 V 900 H 0 Z" fill="${dark}" opacity="0.85"/>
  <path d="M0 760 Q 500 660 1000 760 T 1600 740 V 900 H 0 Z" fill="${dark}"/>
  <text x="80" y="850" font-family="DejaVu Sans, sans-serif" font-size="54" fill="#ffffff">${escapeXml(subject)}</text>
</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}

/** The demo gmina's coat of arms: a simple heraldic shield as PNG. */
export const demoCoatOfArms = async (): Promise<Buffer> => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="480">
  <path d="M20 20 H380 V260 Q380 420 200 470 Q20 420 20 260 Z" fill="#1d4e89" stroke="#c9a227" stroke-width="14"/>
  <path d="M200 90 L250 230 H150 Z" fill="#2f8f46"/><rect x="190" y="230" width="20" height="60" fill="#6b3e1f"/>
  <path d="M60 330 Q200 280 340 330 V360 Q200 310 60 360 Z" fill="#ffffff"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
