// The "WorkflowOffice" group of the properties panel: edits the wo: attributes the engine reads
// (see src/wo.json), with choices wherever the set of values is known to the host (registered activities, roles,
// notification templates) and validated text for ISO 8601 values.

import { h } from '@bpmn-io/properties-panel/preact';
import {
  CheckboxGroup,
  Group,
  SelectEntry,
  TextFieldEntry,
  isSelectEntryEdited,
  isTextFieldEntryEdited
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is, isAny } from 'bpmn-js/lib/util/ModelUtil';

import { ROLES, createTranslate, labelOf } from '../shared/i18n.js';
import { splitList, validators } from '../shared/validation.js';

const LOW_PRIORITY = 500;
const arabic = createTranslate('ar');
const ACTIVITY_TASKS = [ 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ReceiveTask' ];
const TIMER_TYPES = [ 'timeDuration', 'timeDate', 'timeCycle' ];

function isCheckboxGroupEdited(node) {
  return !!node && node.querySelector('input:checked') !== null;
}

function getEventDefinition(element, type) {
  const definitions = getBusinessObject(element).get('eventDefinitions') || [];
  return definitions.find(definition => is(definition, type));
}

function getWoChild(businessObject, type, name) {
  const values = (businessObject.get('extensionElements') && businessObject.get('extensionElements').get('values')) || [];
  return values.find(value => is(value, type) && value.get('name') === name);
}

function findActivity(options, name) {
  return (options.activities || []).find(activity => activity.name === name);
}

function inputNames(activity) {
  return (activity && activity.inputs || []).map(input => (typeof input === 'string' ? { name: input } : input));
}

// Components ///////////////////////////////////////////////////////////////////////////////////////////////////

function AttributeText(props) {
  const { element, id, attribute, label, validate, description } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const debounce = useService('debounceInput');

  return h(TextFieldEntry, {
    element,
    id,
    label: translate(label),
    description: description && translate(description),
    debounce,
    validate: validate && (value => validate(value, translate)),
    getValue: () => getBusinessObject(element).get(attribute) || '',
    // An invalid value stays in the field with its error and is not written: the diagram keeps the last valid one.
    setValue: (value, error) => {
      if (!error) {
        modeling.updateProperties(element, { [attribute]: (value || '').trim() || undefined });
      }
    }
  });
}

function AttributeSelect(props) {
  const { element, id, attribute, label, choices, describe } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const options = useService('workflowOfficeOptions');
  const current = getBusinessObject(element).get(attribute) || '';

  const getOptions = () => {
    const list = [ { value: '', label: translate('(none)') } ].concat(
      choices(options).map(item => ({ value: item.name, label: labelOf(item, options.language) })));

    // A value the host does not list (an activity removed since the diagram was drawn) stays visible, marked,
    // rather than silently shown as "(none)": the engine's validator will report it.
    if (current && !list.some(option => option.value === current)) {
      list.push({ value: current, label: translate('Not registered: {name}', { name: current }) });
    }
    return list;
  };

  return h(SelectEntry, {
    element,
    id,
    label: translate(label),
    description: describe ? describe(current, options, translate) : undefined,
    getOptions,
    getValue: () => current,
    setValue: value => modeling.updateProperties(element, { [attribute]: value || undefined })
  });
}

function AttributeCheckboxes(props) {
  const { element, id, attribute, label, choices } = props;
  const modeling = useService('modeling');
  const translate = useService('translate');
  const options = useService('workflowOfficeOptions');

  return h(CheckboxGroup, {
    element,
    id,
    label: translate(label),
    options: choices(options).map(item => ({ value: item.name, label: labelOf(item, options.language) })),
    getValue: () => splitList(getBusinessObject(element).get(attribute)),
    setValue: values => modeling.updateProperties(element, { [attribute]: values.length ? values.join(',') : undefined })
  });
}

function ActivityInput(props) {
  const { element, id, inputName, label } = props;
  const bpmnFactory = useService('bpmnFactory');
  const commandStack = useService('commandStack');
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const businessObject = getBusinessObject(element);

  const setValue = value => {
    const text = (value || '').trim();
    const existing = getWoChild(businessObject, 'wo:Input', inputName);
    let extensionElements = businessObject.get('extensionElements');
    const commands = [];

    if (existing) {
      commands.push(text
        ? { cmd: 'element.updateModdleProperties', context: { element, moddleElement: existing, properties: { value: text } } }
        : { cmd: 'element.updateModdleProperties', context: { element, moddleElement: extensionElements,
          properties: { values: extensionElements.get('values').filter(item => item !== existing) } } });
    } else if (text) {
      if (!extensionElements) {
        extensionElements = bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
        extensionElements.$parent = businessObject;
        commands.push({ cmd: 'element.updateModdleProperties',
          context: { element, moddleElement: businessObject, properties: { extensionElements } } });
      }
      const input = bpmnFactory.create('wo:Input', { name: inputName, value: text });
      input.$parent = extensionElements;
      commands.push({ cmd: 'element.updateModdleProperties', context: { element, moddleElement: extensionElements,
        properties: { values: extensionElements.get('values').concat(input) } } });
    }

    if (commands.length) {
      commandStack.execute('properties-panel.multi-command-executor', commands);
    }
  };

  return h(TextFieldEntry, {
    element,
    id,
    label: translate('Input: {name}', { name: label }),
    debounce,
    getValue: () => {
      const input = getWoChild(businessObject, 'wo:Input', inputName);
      return (input && input.get('value')) || '';
    },
    setValue
  });
}

function TimerType(props) {
  const { element, id } = props;
  const bpmnFactory = useService('bpmnFactory');
  const commandStack = useService('commandStack');
  const translate = useService('translate');
  const timer = getEventDefinition(element, 'bpmn:TimerEventDefinition');

  return h(SelectEntry, {
    element,
    id,
    label: translate('Timer type'),
    getOptions: () => [
      { value: '', label: translate('(none)') },
      { value: 'timeDuration', label: translate('Duration') },
      { value: 'timeDate', label: translate('Date') },
      { value: 'timeCycle', label: translate('Cycle') }
    ],
    getValue: () => TIMER_TYPES.find(type => timer.get(type)) || '',
    setValue: type => {
      const properties = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined };
      if (type) {
        const expression = bpmnFactory.create('bpmn:FormalExpression', { body: '' });
        expression.$parent = timer;
        properties[type] = expression;
      }
      commandStack.execute('element.updateModdleProperties', { element, moddleElement: timer, properties });
    }
  });
}

function TimerValue(props) {
  const { element, id } = props;
  const commandStack = useService('commandStack');
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const timer = getEventDefinition(element, 'bpmn:TimerEventDefinition');
  const type = TIMER_TYPES.find(candidate => timer.get(candidate));
  const expression = timer.get(type);
  const validate = type === 'timeDuration' ? validators.duration : validators[type];

  return h(TextFieldEntry, {
    element,
    id,
    label: translate('Timer value'),
    description: type === 'timeDuration'
      ? translate('ISO 8601 duration, e.g. P14D (14 days) or PT4H (4 hours).') : undefined,
    debounce,
    validate: value => validate(value, translate),
    getValue: () => expression.get('body') || '',
    setValue: (value, error) => {
      if (!error) {
        commandStack.execute('element.updateModdleProperties', {
          element, moddleElement: expression, properties: { body: (value || '').trim() }
        });
      }
    }
  });
}

function Condition(props) {
  const { element, id } = props;
  const bpmnFactory = useService('bpmnFactory');
  const commandStack = useService('commandStack');
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const businessObject = getBusinessObject(element);

  return h(TextFieldEntry, {
    element,
    id,
    label: translate('Condition (FEEL)'),
    debounce,
    getValue: () => {
      const condition = businessObject.get('conditionExpression');
      return (condition && condition.get('body')) || '';
    },
    setValue: value => {
      const text = (value || '').trim();
      const condition = businessObject.get('conditionExpression');
      if (condition && text) {
        commandStack.execute('element.updateModdleProperties',
          { element, moddleElement: condition, properties: { body: text } });
        return;
      }
      let replacement;
      if (text) {
        replacement = bpmnFactory.create('bpmn:FormalExpression', { body: text });
        replacement.$parent = businessObject;
      }
      commandStack.execute('element.updateModdleProperties',
        { element, moddleElement: businessObject, properties: { conditionExpression: replacement } });
    }
  });
}

// Entries per element kind ////////////////////////////////////////////////////////////////////////////////////

function describeOutcomes(name, options, translate) {
  const activity = findActivity(options, name);
  const outcomes = activity && activity.outcomes;
  return outcomes && outcomes.length ? translate('Declared outcomes: {outcomes}', { outcomes: outcomes.join(', ') }) : undefined;
}

const roleChoices = options => (options.roles && options.roles.length ? options.roles : ROLES)
  .map(role => (typeof role === 'string' ? { name: role, label: { en: role, ar: arabic(role) } } : role));
const templateChoices = options => (options.templates || []).map(t => (typeof t === 'string' ? { name: t } : t));
const activityChoices = options => options.activities || [];
const formChoices = options => (options.forms || []).map(f => (typeof f === 'string' ? { name: f } : f));
const requiredItemChoices = options => (options.requiredItems || []).map(i => (typeof i === 'string' ? { name: i } : i));
const eventChoices = options => (options.events || []).map(e => (typeof e === 'string' ? { name: e } : e));
const caseStatusChoices = options => (options.caseStatuses || []).map(s => (typeof s === 'string' ? { name: s } : s));
// A notification goes to the beneficiary (the default) or to everyone holding a role of the case's association.
const recipientChoices = options => [ { name: 'beneficiary', label: { en: 'Beneficiary', ar: 'المستفيد' } } ].concat(
  roleChoices(options).map(role => ({ name: `role:${role.name}`, label: role.label })));

// Activity inputs the engine hands over as wo: attributes of the task (ActivityContext.Attributes), edited as such
// rather than as FEEL <wo:input> children, which these activities do not read.
const ATTRIBUTE_INPUTS = new Set([ 'event', 'recipient', 'template', 'dueIn' ]);

function entriesFor(element, options) {
  const businessObject = getBusinessObject(element);
  const entries = [];
  const text = (id, attribute, label, validate, description) =>
    entries.push({ id, component: AttributeText, attribute, label, validate, description, isEdited: isTextFieldEntryEdited });
  const select = (id, attribute, label, choices, describe) =>
    entries.push({ id, component: AttributeSelect, attribute, label, choices, describe, isEdited: isSelectEntryEdited });
  const checkboxes = (id, attribute, label, choices) =>
    entries.push({ id, component: AttributeCheckboxes, attribute, label, choices, isEdited: isCheckboxGroupEdited });

  if (is(element, 'bpmn:UserTask')) {
    checkboxes('wo-role', 'wo:role', 'Roles', roleChoices);
    text('wo-dueIn', 'wo:dueIn', 'Due in', validators.duration, 'ISO 8601 duration, e.g. P14D (14 days) or PT4H (4 hours).');
    text('wo-remindBefore', 'wo:remindBefore', 'Remind before due', validators.duration);
    text('wo-priority', 'wo:priority', 'Priority', validators.priority);
    if (formChoices(options).length) {
      select('wo-form', 'wo:form', 'Form', formChoices);
    } else {
      text('wo-form', 'wo:form', 'Form');
    }
    text('wo-outcomes', 'wo:outcomes', 'Outcomes', validators.nameList, 'Comma-separated names, e.g. accepted,rejected');
    if (requiredItemChoices(options).length) {
      checkboxes('wo-requiredItems', 'wo:requiredItems', 'Required items', requiredItemChoices);
    } else {
      text('wo-requiredItems', 'wo:requiredItems', 'Required items', validators.nameList);
    }
  }

  // An expanded sub-process or a receive task can carry a deadline (its timers are drawn from it) and a reminder.
  if (isAny(element, [ 'bpmn:SubProcess', 'bpmn:ReceiveTask' ])) {
    text('wo-dueIn', 'wo:dueIn', 'Due in', validators.duration, 'ISO 8601 duration, e.g. P14D (14 days) or PT4H (4 hours).');
    text('wo-remindBefore', 'wo:remindBefore', 'Remind before due', validators.duration);
  }

  if (isAny(element, ACTIVITY_TASKS)) {
    select('wo-activity', 'wo:activity', 'Activity', activityChoices, describeOutcomes);
    const activity = findActivity(options, businessObject.get('wo:activity'));
    const declared = inputNames(activity).map(input => input.name);
    if (declared.includes('event') || businessObject.get('wo:event')) {
      if (eventChoices(options).length) {
        select('wo-event', 'wo:event', 'Notification event', eventChoices);
      } else {
        text('wo-event', 'wo:event', 'Notification event', validators.nameList);
      }
    }
    if (declared.includes('recipient') || businessObject.get('wo:recipient')) {
      select('wo-recipient', 'wo:recipient', 'Recipient', recipientChoices);
    }
    if ((declared.includes('dueIn') || businessObject.get('wo:dueIn')) && !is(element, 'bpmn:ReceiveTask')) {
      text('wo-dueIn', 'wo:dueIn', 'Due in', validators.duration, 'ISO 8601 duration, e.g. P14D (14 days) or PT4H (4 hours).');
    }
    for (const input of inputNames(activity).filter(candidate => !ATTRIBUTE_INPUTS.has(candidate.name))) {
      entries.push({
        id: `wo-input-${input.name}`,
        component: ActivityInput,
        inputName: input.name,
        label: labelOf(input, options.language),
        isEdited: isTextFieldEntryEdited
      });
    }
  }

  if (is(element, 'bpmn:ReceiveTask') || (is(element, 'bpmn:Event') && getEventDefinition(element, 'bpmn:MessageEventDefinition'))) {
    text('wo-correlationKey', 'wo:correlationKey', 'Correlation key (FEEL)');
  }

  if (is(element, 'bpmn:Event') && getEventDefinition(element, 'bpmn:TimerEventDefinition')) {
    entries.push({ id: 'wo-timerType', component: TimerType, isEdited: isSelectEntryEdited });
    const timer = getEventDefinition(element, 'bpmn:TimerEventDefinition');
    if (TIMER_TYPES.some(type => timer.get(type))) {
      entries.push({ id: 'wo-timerValue', component: TimerValue, isEdited: isTextFieldEntryEdited });
    }
  }

  if (isAny(element, [ 'bpmn:Task', 'bpmn:Event' ]) && !is(element, 'bpmn:StartEvent')) {
    select('wo-template', 'wo:template', 'Notification template', templateChoices);
  }

  // The case status the host shows once the case reaches this step (or ends here).
  if (isAny(element, [ 'bpmn:Activity', 'bpmn:EndEvent' ])) {
    if (caseStatusChoices(options).length) {
      select('wo-caseStatus', 'wo:caseStatus', 'Case status', caseStatusChoices);
    } else {
      text('wo-caseStatus', 'wo:caseStatus', 'Case status', validators.nameList);
    }
  }

  if (is(element, 'bpmn:SequenceFlow')) {
    const source = businessObject.get('sourceRef');
    const isDefault = source && source.get('default') === businessObject;
    if (source && is(source, 'bpmn:ExclusiveGateway') && !isDefault) {
      entries.push({ id: 'wo-condition', component: Condition, isEdited: isTextFieldEntryEdited });
    }
  }

  return entries;
}

/**
 * Adds the "WorkflowOffice" group after the "General" group. For timer events it replaces the built-in "Timer"
 * group with validated entries, so that a deadline such as P14D is never saved malformed.
 */
export default class WorkflowOfficePropertiesProvider {
  constructor(propertiesPanel, translate, workflowOfficeOptions) {
    this._translate = translate;
    this._options = workflowOfficeOptions;
    propertiesPanel.registerProvider(LOW_PRIORITY, this);
  }

  getGroups(element) {
    return groups => {
      const entries = entriesFor(element, this._options);
      if (!entries.length) {
        return groups;
      }
      const result = groups.filter(group => !(group.id === 'timer' && entries.some(entry => entry.id === 'wo-timerType')));
      const group = { id: 'workflowOffice', label: this._translate('WorkflowOffice'), entries, component: Group, shouldOpen: true };
      const general = result.findIndex(candidate => candidate.id === 'general');
      result.splice(general + 1, 0, group);
      return result;
    };
  }
}

WorkflowOfficePropertiesProvider.$inject = [ 'propertiesPanel', 'translate', 'workflowOfficeOptions' ];
