/** A relationship's value as an id, whether Payload gave the id or the populated record. */
export const relationId = (value: string | number | { id: string | number }): string | number =>
  typeof value === 'object' ? value.id : value
