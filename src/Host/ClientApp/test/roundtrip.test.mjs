// Round trip of a diagram through bpmn-moddle with the wo descriptor, as the designer does on import and export.
// Runs without a browser: `npm test`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BpmnModdle } from 'bpmn-moddle';

const wo = JSON.parse(readFileSync(new URL('../src/wo.json', import.meta.url), 'utf8'));
const sample = readFileSync(new URL('../samples/support-request.bpmn', import.meta.url), 'utf8');

async function roundTrip(xml) {
  const moddle = new BpmnModdle({ wo });
  const { rootElement, warnings } = await moddle.fromXML(xml);
  const { xml: exported } = await moddle.toXML(rootElement, { format: true });
  return { rootElement, warnings, exported };
}

function findElement(definitions, id) {
  for (const root of definitions.rootElements) {
    const found = (root.flowElements || []).find(e => e.id === id);
    if (found) {
      return found;
    }
  }
  throw new Error(`element ${id} not found`);
}

test('sample imports without warnings', async () => {
  const { warnings } = await roundTrip(sample);
  assert.deepEqual(warnings.map(w => w.message), []);
});

test('wo attributes and elements are typed on import', async () => {
  const { rootElement } = await roundTrip(sample);
  const verify = findElement(rootElement, 'Verify');
  assert.equal(verify.get('wo:role'), 'RelationsOfficer');
  assert.equal(verify.get('wo:dueIn'), 'P3D');
  assert.equal(verify.get('wo:outcomes'), 'complete,incomplete');
  const escalate = findElement(rootElement, 'Escalate');
  assert.equal(escalate.get('wo:activity'), 'SendNotification');
  const input = escalate.extensionElements.values.find(v => v.$type === 'wo:Input');
  assert.equal(input.name, 'recipientRole');
  assert.equal(input.value, '"PolicyOwner"');
});

test('wo and camunda extensions survive export and re-import', async () => {
  const first = await roundTrip(sample);
  const second = await roundTrip(first.exported);
  const xml = second.exported;

  assert.match(xml, /xmlns:camunda="http:\/\/camunda.org\/schema\/1.0\/bpmn"/);
  assert.match(xml, /camunda:assignee="\$\{officer\}"/);
  assert.match(xml, /camunda:asyncBefore="true"/);
  assert.match(xml, /<camunda:property name="reviewedBy" value="modeler" \/>/);

  assert.match(xml, /wo:role="RelationsOfficer"/);
  assert.match(xml, /wo:dueIn="P14D"/);
  assert.match(xml, /<wo:input name="recipientRole">"PolicyOwner"<\/wo:input>/);
  assert.match(xml, /<wo:output name="complete">outcome = "complete"<\/wo:output>/);
  assert.match(xml, /<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">P14D<\/bpmn:timeDuration>/);
  assert.match(xml, /name="التحقق من اكتمال البيانات"/);
});

test('unknown wo attributes are kept so that later activities can read them', async () => {
  const xml = sample.replace('wo:priority="50"', 'wo:priority="50" wo:checklistVersion="2"');
  const { exported } = await roundTrip(xml);
  assert.match(exported, /wo:checklistVersion="2"/);
});

test('an edit made through the model is written with the wo prefix', async () => {
  const moddle = new BpmnModdle({ wo });
  const { rootElement } = await moddle.fromXML(sample);
  findElement(rootElement, 'Committee').set('wo:dueIn', 'P10D');
  const { xml } = await moddle.toXML(rootElement);
  assert.match(xml, /id="Committee"[^>]*wo:dueIn="P10D"/);
});

// The policy's reference procedure uses every wo: attribute the engine and the activities read; each must be declared
// in wo.json (typed, editable in the panel) and come back unchanged from an export.
const reference = readFileSync(new URL('../../../../workflows/beneficiary-relationship-policy.bpmn', import.meta.url), 'utf8');

function woAttributes(xml) {
  return [ ...xml.matchAll(/<bpmn:(\w+) id="(\w+)"[^>]*>/g) ]
    .flatMap(([ tag, , id ]) => [ ...tag.matchAll(/wo:(\w+)="([^"]*)"/g) ].map(([ , name, value ]) => `${id} wo:${name}=${value}`))
    .sort();
}

test('the reference procedure imports without warnings and keeps every wo attribute and element', async () => {
  const { warnings, exported } = await roundTrip(reference);
  assert.deepEqual(warnings.map(w => w.message), []);
  const before = woAttributes(reference);
  assert.ok(before.length > 70, `the reference procedure has many wo attributes (${before.length})`);
  assert.deepEqual(woAttributes(exported), before);
  const children = xml => [ ...xml.matchAll(/<wo:(input|output) name="(\w+)">([^<]*)<\/wo:\1>/g) ].map(m => m[0]).sort();
  assert.deepEqual(children(exported), children(reference));
});

test('wo:event, wo:recipient and wo:caseStatus are typed on import', async () => {
  const { rootElement } = await roundTrip(reference);
  const process = rootElement.rootElements.find(root => root.$type === 'bpmn:Process');
  const stage = process.flowElements.find(e => e.id === 'committeeStage');
  assert.equal(stage.get('wo:caseStatus'), 'withCommittee');
  const director = stage.flowElements.find(e => e.id === 'notifyDirector');
  assert.equal(director.get('wo:event'), 'committee-escalation');
  assert.equal(director.get('wo:recipient'), 'role:Admin');
  const end = process.flowElements.find(e => e.id === 'endRejected');
  assert.equal(end.get('wo:caseStatus'), 'rejected');
  assert.equal(Object.keys(director.$attrs).filter(name => name.startsWith('wo:')).length, 0, 'no wo attribute is left untyped');
});
