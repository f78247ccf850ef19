import L from 'leaflet'
// Leaflet's stylesheet as a file of the site's own, linked only once the map starts: imported as a style, Astro
// would inline it into /zglos/ for every visitor, map or not.
import leafletStylesheet from 'leaflet/dist/leaflet.css?url'

const numbers = (text: string | undefined): number[] => (text ?? '').split(',').map(Number)

/** The credit as text: Leaflet shows attributions as HTML, the configured credit is plain text. */
const asText = (text: string) => {
  const element = document.createElement('span')
  element.textContent = text
  return element.innerHTML
}

/** Links a stylesheet and waits for it (or its failure: the map still works, only less neatly). */
const linkStylesheet = (href: string): Promise<void> =>
  new Promise((resolve) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.onload = link.onerror = () => resolve()
    document.head.append(link)
  })

/**
 * The report form's map (the `[data-report-map]` block of @ratusz/resident-forms), drawn with Leaflet from the
 * configured tile server only: a click or tap marks the place, "Zaznacz środek mapy" marks the centre under the
 * cross-hair (the keyboard's way: arrows move the map, + and − zoom), "Usuń zaznaczenie" clears it. The point
 * fills the form's hidden latitude and longitude (6 decimals, about 10 cm); a point outside the gmina's box is
 * not taken. A position already in the form (shown again after an error) is drawn.
 */
export const startMapPick = async (block: HTMLElement) => {
  const form = block.closest('form')
  // The names of the form's hidden latitude and longitude fields (REPORT_FIELDS), as the block gives them.
  const [latName, lonName] = (block.dataset.fields ?? '').split(',')
  const lat = form?.querySelector<HTMLInputElement>(`input[name="${latName}"]`)
  const lon = form?.querySelector<HTMLInputElement>(`input[name="${lonName}"]`)
  const canvas = block.querySelector<HTMLElement>('.report-map-canvas')
  const status = block.querySelector<HTMLElement>('[data-map-status]')
  if (!lat || !lon || !canvas || !status) return
  const [south, west, north, east] = numbers(block.dataset.bounds)
  const [centerLat, centerLon] = numbers(block.dataset.center)
  const bounds = L.latLngBounds([south!, west!], [north!, east!])
  await linkStylesheet(leafletStylesheet)
  block.hidden = false
  const map = L.map(canvas, { maxBounds: bounds.pad(0.05), maxBoundsViscosity: 1, keyboard: true }).setView(
    [centerLat!, centerLon!],
    Number(block.dataset.zoom) || 13,
  )
  map.attributionControl.setPrefix('Leaflet')
  L.tileLayer(block.dataset.tiles ?? '', {
    attribution: asText(block.dataset.attribution ?? ''),
    maxZoom: 19,
  }).addTo(map)
  let marker: L.CircleMarker | undefined

  const mark = (point: L.LatLng) => {
    if (!bounds.contains(point)) {
      status.textContent = 'To miejsce leży poza gminą: zaznacz miejsce w gminie.'
      return
    }
    lat.value = point.lat.toFixed(6)
    lon.value = point.lng.toFixed(6)
    marker ??= L.circleMarker(point, { radius: 10, color: '#a00000', weight: 3, fillOpacity: 0.4 }).addTo(map)
    marker.setLatLng(point)
    status.textContent = `Zaznaczono miejsce na mapie: ${lat.value}, ${lon.value}.`
  }

  map.on('click', (event: L.LeafletMouseEvent) => mark(event.latlng))
  block.querySelector('[data-map-centre]')?.addEventListener('click', () => mark(map.getCenter()))
  block.querySelector('[data-map-clear]')?.addEventListener('click', () => {
    lat.value = ''
    lon.value = ''
    marker?.remove()
    marker = undefined
    status.textContent = 'Nie zaznaczono miejsca na mapie.'
  })
  if (lat.value && lon.value) {
    const point = L.latLng(Number(lat.value), Number(lon.value))
    mark(point)
    map.setView(point)
  }
}
