// The environment a bundled action gets to reach the emulator as one of its principals.
import type { RunningEmulator } from '../../src/emulator/index.js';

export function emulatorEnv(emu: RunningEmulator, ws = 'dev', principal = 'admin'): Record<string, string> {
  return {
    AZUREML_ARM_ENDPOINT: emu.armEndpoint,
    AZUREML_ACCESS_TOKEN: emu.tokens[principal]!,
    AZURE_SUBSCRIPTION_ID: emu.subscriptionId,
    AZUREML_RESOURCE_GROUP: emu.resourceGroup,
    AZUREML_WORKSPACE: ws,
    NODE_EXTRA_CA_CERTS: emu.caCertPath,
    GITHUB_SHA: 'feedfacefeedfacefeedfacefeedfacefeedface',
    GITHUB_REPOSITORY: 'octo/models',
    GITHUB_RUN_ID: '99',
    GITHUB_SERVER_URL: 'https://github.com',
  };
}
