/** The API's IntegrationsPermissions: Connect and Disconnect are only granted together with Connections. */
export const IntegrationsPermissions = {
  Connections: {
    Default: 'Integrations.Connections',
    Connect: 'Integrations.Connections.Connect',
    Disconnect: 'Integrations.Connections.Disconnect',
  },
} as const;
