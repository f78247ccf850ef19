/** The port of the REST API the integration tests serve over HTTP (for the real site build). */
export const integrationApiPort = Number(process.env.RATUSZ_INTEGRATION_API_PORT ?? 3390)
