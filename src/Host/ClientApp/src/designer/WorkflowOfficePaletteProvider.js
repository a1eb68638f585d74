// Adds "user task" and "service task" to the palette: nearly every step of a policy procedure is one or the
// other, and bpmn-js only offers a plain task that would then have to be changed through the context pad.

export default class WorkflowOfficePaletteProvider {
  constructor(palette, create, elementFactory, translate) {
    this._create = create;
    this._elementFactory = elementFactory;
    this._translate = translate;
    palette.registerProvider(this);
  }

  getPaletteEntries() {
    const createTask = type => event => {
      this._create.start(event, this._elementFactory.createShape({ type }));
    };
    const entry = (type, className, title) => ({
      group: 'activity',
      className,
      title: this._translate(title),
      action: { dragstart: createTask(type), click: createTask(type) }
    });

    return entries => ({
      ...entries,
      'create.wo-user-task': entry('bpmn:UserTask', 'bpmn-icon-user-task', 'Create user task'),
      'create.wo-service-task': entry('bpmn:ServiceTask', 'bpmn-icon-service-task', 'Create service task')
    });
  }
}

WorkflowOfficePaletteProvider.$inject = [ 'palette', 'create', 'elementFactory', 'translate' ];
