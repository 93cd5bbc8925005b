/** The API's IntegrationsPermissions: Disconnect is only granted together with Connections. */
export const IntegrationsPermissions = {
  Connections: {
    Default: 'Integrations.Connections',
    Disconnect: 'Integrations.Connections.Disconnect',
  },
} as const;
