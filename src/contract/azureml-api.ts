// The Azure ML control-plane contract that both sides speak: the actions' client (src/azureml) sends this
// api-version, and the emulator (src/emulator) serves it and nothing else. Its specification is the
// Microsoft.MachineLearningServices openapi.json of this version (azure-rest-api-specs,
// specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/MachineLearningServices/
// stable/2026-07-01), checked by __tests__/contract.

/** The one api-version of Microsoft.MachineLearningServices we speak: the newest stable one. */
export const AZUREML_API_VERSION = '2026-07-01';

/** The ARM resource provider of Azure Machine Learning. */
export const AZUREML_PROVIDER = 'Microsoft.MachineLearningServices';
