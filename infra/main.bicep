// CX Review Bot on Azure: Azure Bot (Teams channel) → Linux App Service (.NET 10) with a system-assigned
// identity, Key Vault (RBAC) for secrets, Application Insights on Log Analytics, optional PostgreSQL.
// Secrets never live in files: pass them at deploy time (secure parameters) or set them in Key Vault.
targetScope = 'resourceGroup'

@description('Short prefix for resource names (letters, digits, hyphens).')
@minLength(3)
@maxLength(12)
param appName string = 'cxreview'

@description('Region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('Entra ID app (client) id of the bot; becomes Bot__AppId and the Azure Bot msaAppId.')
param msaAppId string

@description('SingleTenant (recommended; new multi-tenant bot registrations are deprecated) or MultiTenant.')
@allowed(['SingleTenant', 'MultiTenant'])
param botAppType string = 'SingleTenant'

@description('Tenant of the bot app registration; used for SingleTenant.')
param botTenantId string = tenant().tenantId

@description('Bot client secret. Leave empty to set the Key Vault secret BotAppPassword yourself after deployment.')
@secure()
param botAppPassword string = ''

@description('Azure Bot pricing tier.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('App Service plan SKU (Linux). B1 or higher keeps Always On available.')
param appServiceSku string = 'B1'

@description('Deploy an Azure Database for PostgreSQL flexible server and use it instead of SQLite.')
param deployPostgres bool = false

@description('PostgreSQL administrator login (only with deployPostgres).')
param postgresAdminLogin string = 'cxadmin'

@description('PostgreSQL administrator password (required with deployPostgres).')
@secure()
param postgresAdminPassword string = ''

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${appName}-${suffix}'
var keyVaultName = take('kv-${appName}-${suffix}', 24)
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var isSingleTenant = botAppType == 'SingleTenant'

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: appName
    location: location
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: 'BotAppPassword'
  properties: { value: botAppPassword }
}

module postgres 'modules/postgres.bicep' = if (deployPostgres) {
  name: 'postgres'
  params: {
    name: '${appName}-pg-${suffix}'
    location: location
    adminLogin: postgresAdminLogin
    adminPassword: postgresAdminPassword
  }
}

resource connectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (deployPostgres) {
  parent: vault
  name: 'CxReviewConnectionString'
  properties: {
    value: 'Host=${postgres.?outputs.fullyQualifiedDomainName};Database=${postgres.?outputs.databaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};Ssl Mode=Require'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan-${suffix}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: appServiceSku != 'F1'
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'Bot__AppId', value: msaAppId }
        { name: 'Bot__TenantId', value: isSingleTenant ? botTenantId : '' }
        { name: 'Bot__AppPassword', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=BotAppPassword)' }
        { name: 'Database__Provider', value: deployPostgres ? 'Postgres' : 'Sqlite' }
        {
          name: 'ConnectionStrings__CxReview'
          // /home is the App Service storage that survives restarts and redeployments.
          value: deployPostgres
            ? '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=CxReviewConnectionString)'
            : 'Data Source=/home/data/cxreview.db'
        }
        { name: 'Demo__Seed', value: 'false' }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: monitoring.outputs.appInsightsConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
      ]
    }
  }
}

resource siteReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${appName}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'CX Review'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: msaAppId
    msaAppType: botAppType
    msaAppTenantId: isSingleTenant ? botTenantId : null
    developerAppInsightKey: monitoring.outputs.appInsightsInstrumentationKey
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

@description('Host name for manifest/package.mjs --bot-domain.')
output webAppHostName string = site.properties.defaultHostName
output botEndpoint string = bot.properties.endpoint
output keyVaultName string = vault.name
output webAppPrincipalId string = site.identity.principalId
