import http from 'node:http'
import { e2ePorts } from './ports'

/**
 * The map of the e2e site (`/zglos/`): a tile server of the tests' own on 127.0.0.1 (the report test starts it,
 * `serveTiles`), around a gmina's box. The global setup hands these to the site build (the map variables) and the CMS
 * (RATUSZ_MAP_BOUNDS).
 */
export const e2eMap = {
  tileUrl: `http://127.0.0.1:${e2ePorts.tiles}/{z}/{x}/{y}.png`,
  attribution: 'Kafelki testowe',
  center: '50.87,21.02',
  zoom: '14',
  bounds: '50.80,20.90,50.95,21.15',
}

/** The map's environment for the site build and the CMS. */
export const e2eMapEnv = {
  RATUSZ_MAP_TILE_URL: e2eMap.tileUrl,
  RATUSZ_MAP_ATTRIBUTION: e2eMap.attribution,
  RATUSZ_MAP_CENTER: e2eMap.center,
  RATUSZ_MAP_ZOOM: e2eMap.zoom,
  RATUSZ_MAP_BOUNDS: e2eMap.bounds,
}

/** One grey pixel as a PNG (made with sharp): every tile; the map stretches it to the tile's size. */
const TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAADElEQVQImWO48+gaAAUyApVmApx3AAAAAElFTkSuQmCC',
  'base64',
)

/** A tiny tile server: the same PNG for every tile path; it notes the paths it was asked for. */
export const serveTiles = async (): Promise<{ server: http.Server; requested: string[] }> => {
  const tile = TILE
  const requested: string[] = []
  const server = http.createServer((request, response) => {
    requested.push(request.url ?? '')
    response.writeHead(200, { 'Content-Type': 'image/png', 'Access-Control-Allow-Origin': '*' })
    response.end(tile)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(e2ePorts.tiles, '127.0.0.1', () => resolve())
  })
  return { server, requested }
}
