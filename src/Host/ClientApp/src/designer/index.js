import WorkflowOfficePaletteProvider from './WorkflowOfficePaletteProvider.js';
import WorkflowOfficePropertiesProvider from './WorkflowOfficePropertiesProvider.js';

/**
 * bpmn-js module with the WorkflowOffice palette entries and properties group. Needs a `workflowOfficeOptions`
 * value (activities, roles, templates, language) registered by the designer.
 */
export default {
  __init__: [ 'workflowOfficePaletteProvider', 'workflowOfficePropertiesProvider' ],
  workflowOfficePaletteProvider: [ 'type', WorkflowOfficePaletteProvider ],
  workflowOfficePropertiesProvider: [ 'type', WorkflowOfficePropertiesProvider ]
};
