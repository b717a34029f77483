// KakakAsuh.Actors on Azure Container Apps: a Storage account (grain state, reminders and cluster membership in
// Table storage), a Log Analytics workspace, a Container Apps environment, the silos (internal only) and the client
// API (external HTTPS ingress). The storage connection string and the API's OpenID Connect client secret are Container Apps secrets.
//   az deployment group create -g RG -f deploy/azure/main.bicep -p siloImage=... apiImage=... oidcAuthority=... oidcClientId=... oidcClientSecret=...

@description('Where everything goes; defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('A short prefix for resource names.')
@maxLength(12)
param namePrefix string = 'kakakasuh'

@description('The silo image, e.g. myregistry.azurecr.io/kakak-asuh-silo:1.0 (deploy/docker/silo.Dockerfile).')
param siloImage string

@description('The client API image (deploy/docker/client-api.Dockerfile).')
param apiImage string

@description('The container registry server; empty for a public registry.')
param registryServer string = ''

param registryUsername string = ''

@secure()
param registryPassword string = ''

@description('Silo replicas; two or more keep the programme available while one restarts.')
@minValue(1)
param siloReplicas int = 2

@description('The OpenID Connect provider people sign in at and whose bearer tokens the API (and the silos\' dashboard) accept, e.g. https://login.microsoftonline.com/TENANT/v2.0.')
param oidcAuthority string

@description('The API\'s client id at that provider (code flow with PKCE; redirect URI https://API/signin-oidc).')
param oidcClientId string

@description('The API\'s client secret at that provider.')
@secure()
param oidcClientSecret string

@description('The audience of the provider\'s access tokens for the API.')
param oidcAudience string = 'kakak-asuh-api'

@description('Orleans cluster and service id; keep the service id across deployments (it names the stored state).')
param orleansServiceId string = 'kakak-asuh'

var storageAccountName = take('${namePrefix}${uniqueString(resourceGroup().id)}', 24)

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  sku: { name: 'Standard_ZRS' }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

var storageConnectionString = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${az.environment().suffixes.storage}'

var secrets = concat([
  { name: 'storage-connection-string', value: storageConnectionString }
  { name: 'oidc-client-secret', value: oidcClientSecret }
], empty(registryServer) ? [] : [
  { name: 'registry-password', value: registryPassword }
])

var registries = empty(registryServer) ? [] : [
  { server: registryServer, username: registryUsername, passwordSecretRef: 'registry-password' }
]

// Configuration keys of both apps (README, Configuration); `__` stands for `:`.
var sharedEnv = [
  { name: 'ConnectionStrings__Storage', secretRef: 'storage-connection-string' }
  { name: 'Orleans__ClusterId', value: orleansServiceId }
  { name: 'Orleans__ServiceId', value: orleansServiceId }
  { name: 'Authentication__OpenIdConnect__Authority', value: oidcAuthority }
  { name: 'Authentication__OpenIdConnect__Audience', value: oidcAudience }
]

// Only the API signs people in; the silos check the dashboard's bearer tokens against the same provider.
var signInEnv = [
  { name: 'Authentication__OpenIdConnect__ClientId', value: oidcClientId }
  { name: 'Authentication__OpenIdConnect__ClientSecret', secretRef: 'oidc-client-secret' }
]

var probes = [
  { type: 'Readiness', httpGet: { path: '/health/ready', port: 8080 }, periodSeconds: 10, failureThreshold: 3 }
  { type: 'Liveness', httpGet: { path: '/health/live', port: 8080 }, initialDelaySeconds: 20, periodSeconds: 15 }
]

resource silo 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${namePrefix}-silo'
  location: location
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      secrets: secrets
      registries: registries
      // Internal only: health, /metrics and the operator's dashboard inside the environment. Silos and the API
      // reach each other's silo (11111) and gateway (30000) ports by replica address, found in the membership table.
      ingress: {
        external: false
        targetPort: 8080
        transport: 'http'
      }
    }
    template: {
      containers: [
        {
          name: 'silo'
          image: siloImage
          resources: { cpu: json('1.0'), memory: '2Gi' }
          // The image listens on every interface and advertises the replica's own address (empty Orleans__AdvertisedIp).
          env: concat(sharedEnv, [
            { name: 'Orleans__ListenOnAnyAddress', value: 'true' }
            { name: 'Orleans__HttpPort', value: '8080' }
          ])
          probes: probes
        }
      ]
      scale: { minReplicas: siloReplicas, maxReplicas: siloReplicas }
    }
  }
}

resource api 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${namePrefix}-api'
  location: location
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      secrets: secrets
      registries: registries
      ingress: {
        external: true
        targetPort: 8080
        transport: 'http'
        allowInsecure: false
      }
    }
    template: {
      containers: [
        {
          name: 'api'
          image: apiImage
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat(sharedEnv, signInEnv)
          probes: probes
        }
      ]
      scale: { minReplicas: 1, maxReplicas: 4 }
    }
  }
  dependsOn: [ silo ]
}

@description('The client API\'s public URL.')
output apiUrl string = 'https://${api.properties.configuration.ingress.fqdn}'

output storageAccount string = storage.name
