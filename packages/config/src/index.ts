export { variables } from './variables'
export { configSchema, parseConfig, readConfig, readVariables, type Config } from './read-config'
