import { readConfig } from '@ratusz/config'

/** The port of the REST API the integration tests serve over HTTP (for the real site build). */
export const integrationApiPort = readConfig('tests').RATUSZ_INTEGRATION_API_PORT
