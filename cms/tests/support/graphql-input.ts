import type { Payload } from 'payload'
import { graphql } from './graphql'

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type InputType = {
  name: string
  inputFields: { name: string; type: TypeRef }[]
  enumValues: { name: string }[]
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'

/**
 * The smallest value GraphQL accepts for an input type: every non-null field filled with an empty or zero
 * placeholder (nested inputs likewise), so a mutation reaches Payload's access check and, when access passes,
 * fails Payload's own validation (an empty required text) rather than GraphQL's.
 */
export const placeholderInput = async (
  payload: Payload,
  typeName: string,
): Promise<Record<string, unknown>> => {
  const types = new Map<string, InputType>()
  const load = async (name: string): Promise<InputType> => {
    const known = types.get(name)
    if (known) return known
    const { data } = await graphql(
      payload,
      `query ($name: String!) { __type(name: $name) { name inputFields { name type { ${TYPE_REF} } } enumValues { name } } }`,
      { variables: { name } },
    )
    const type = data?.__type as InputType
    types.set(name, type)
    return type
  }
  const value = async (ref: TypeRef): Promise<unknown> => {
    if (ref.kind === 'NON_NULL') return value(ref.ofType as TypeRef)
    if (ref.kind === 'LIST') return []
    if (ref.kind === 'ENUM') return (await load(ref.name as string)).enumValues[0]?.name
    if (ref.kind === 'INPUT_OBJECT') return object(ref.name as string)
    switch (ref.name) {
      case 'Float':
      case 'Int':
        return 0
      case 'Boolean':
        return false
      case 'JSON':
      case 'JSONObject':
        return {}
      case 'EmailAddress':
        return 'placeholder@example.pl'
      default:
        return ''
    }
  }
  const object = async (name: string): Promise<Record<string, unknown>> => {
    const result: Record<string, unknown> = {}
    for (const field of (await load(name)).inputFields ?? []) {
      if (field.type.kind === 'NON_NULL') result[field.name] = await value(field.type)
    }
    return result
  }
  return object(typeName)
}

/** The names of the schema's queries and, for each mutation, the input type of its `data` argument. */
export const schemaOperations = async (
  payload: Payload,
): Promise<{ queries: Set<string>; dataTypes: Map<string, string> }> => {
  const { data } = await graphql(
    payload,
    `{ __schema { queryType { fields { name } } mutationType { fields { name args { name type { ${TYPE_REF} } } } } } }`,
  )
  const named = (ref: TypeRef): string => (ref.ofType ? named(ref.ofType) : (ref.name as string))
  const dataTypes = new Map<string, string>()
  for (const mutation of data?.__schema.mutationType.fields ?? []) {
    const arg = (mutation.args as { name: string; type: TypeRef }[]).find(
      (candidate) => candidate.name === 'data',
    )
    if (arg) dataTypes.set(mutation.name, named(arg.type))
  }
  const queries = new Set<string>(
    (data?.__schema.queryType.fields ?? []).map((field: { name: string }) => field.name),
  )
  return { queries, dataTypes }
}
