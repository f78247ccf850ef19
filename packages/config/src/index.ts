export { variables, type Reader, type VariableName } from './variables'
export { configSchema, parseConfig, readConfig, readVariables, type Config } from './read-config'
