import { XMLBuilder } from 'fast-xml-parser'

/** The formats Open311 GeoReport v2 serves, chosen by the path's extension (`services.xml`, `requests.json`). */
export type Open311Format = 'json' | 'xml'

/** A path's resource and format: `requests.xml` → `requests`, xml; no extension means JSON. */
export const resourceOf = (file: string): { name: string; format: Open311Format } | null => {
  const match = /^([\w-]+?)(?:\.(json|xml))?$/.exec(file)
  if (!match) return null
  return { name: match[1]!, format: (match[2] as Open311Format | undefined) ?? 'json' }
}

/** How a list is wrapped in XML: the spec's element of the whole and of each item. */
export type XmlShape = { root: string; item: string } | { root: string }

type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

const builder = new XMLBuilder({
  format: true,
  indentBy: '  ',
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressBooleanAttributes: false,
})

/** Values as XML text: null is an empty element, booleans and numbers their JSON spelling. */
const asXmlValue = (value: Value): unknown => {
  if (value === null) return ''
  if (Array.isArray(value)) return value.map(asXmlValue)
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asXmlValue(item)]))
  return String(value)
}

/**
 * The body in XML as the spec writes it: `<services><service>…</service></services>` for a list (`item` names
 * each element; an empty list is an empty root), or `<discovery>…</discovery>` for one object.
 */
export const toXml = (body: Value, shape: XmlShape): string => {
  const content = 'item' in shape ? { [shape.item]: asXmlValue(body) } : asXmlValue(body)
  const empty = Array.isArray(body) && body.length === 0
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    [shape.root]: empty ? '' : content,
  }) as string
}

const HEADERS = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' }

/** An Open311 answer in the format asked for: JSON as it is, or XML in the spec's elements. */
export const open311Answer = (format: Open311Format, body: Value, shape: XmlShape, status = 200): Response =>
  format === 'xml'
    ? new Response(toXml(body, shape), {
        status,
        headers: { ...HEADERS, 'Content-Type': 'application/xml; charset=utf-8' },
      })
    : Response.json(body, { status, headers: HEADERS })

/**
 * An Open311 error: a list of `{ code, description }` (XML: `<errors><error>`) with the HTTP status as its code;
 * `headers` adds e.g. Retry-After.
 */
export const open311Error = (
  format: Open311Format,
  status: number,
  description: string,
  headers: Record<string, string> = {},
): Response => {
  const answer = open311Answer(
    format,
    [{ code: status, description }],
    { root: 'errors', item: 'error' },
    status,
  )
  for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value)
  return answer
}
