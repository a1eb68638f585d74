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
