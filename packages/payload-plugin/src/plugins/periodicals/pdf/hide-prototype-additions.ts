/**
 * pdf.js refuses to start when `Array.prototype` or `Object.prototype` has an enumerable property (it would break
 * its `for…in` loops). drizzle-kit, which Payload loads to push a schema in development, adds an enumerable
 * `Array.prototype.random`. This makes such additions non-enumerable (they keep working) so PDFs open anyway.
 */
export const hidePrototypeAdditions = (): void => {
  for (const prototype of [Array.prototype, Object.prototype]) {
    for (const key in prototype) {
      if (!Object.prototype.hasOwnProperty.call(prototype, key)) continue
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key)
      if (descriptor?.configurable)
        Object.defineProperty(prototype, key, { ...descriptor, enumerable: false })
    }
  }
}
