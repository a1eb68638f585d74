// Arabic strings for bpmn-js, the properties panel and our own UI. bpmn-js asks its `translate` service for every
// user-visible string with the English text as the key, so English needs no dictionary: a missing key falls back
// to English, which keeps the designer usable when bpmn-js adds a string we have not translated yet.

const arabic = {
  // Palette
  'Activate hand tool': 'أداة التحريك',
  'Activate lasso tool': 'أداة التحديد الحر',
  'Activate create/remove space tool': 'أداة إضافة مسافة أو إزالتها',
  'Activate global connect tool': 'أداة الربط',
  'Create start event': 'إنشاء حدث بداية',
  'Create end event': 'إنشاء حدث نهاية',
  'Create task': 'إنشاء مهمة',
  'Create user task': 'إنشاء مهمة مستخدم',
  'Create service task': 'إنشاء نشاط آلي',
  'Create gateway': 'إنشاء بوابة',
  'Create intermediate/boundary event': 'إنشاء حدث وسيط أو حدّي',
  'Create expanded sub-process': 'إنشاء عملية فرعية',
  'Create data object reference': 'إنشاء مرجع كائن بيانات',
  'Create data store reference': 'إنشاء مرجع مخزن بيانات',
  'Create pool/participant': 'إنشاء مشارك',
  'Create group': 'إنشاء مجموعة',

  // Context pad
  'Append end event': 'إلحاق حدث نهاية',
  'Append gateway': 'إلحاق بوابة',
  'Append task': 'إلحاق مهمة',
  'Append intermediate/boundary event': 'إلحاق حدث وسيط أو حدّي',
  'Append timer intermediate catch event': 'إلحاق مؤقت',
  'Append message intermediate catch event': 'إلحاق انتظار رسالة',
  'Append receive task': 'إلحاق مهمة استلام',
  'Append signal intermediate catch event': 'إلحاق انتظار إشارة',
  'Append conditional intermediate catch event': 'إلحاق انتظار شرط',
  'Append compensation activity': 'إلحاق نشاط تعويض',
  'Add text annotation': 'إضافة ملاحظة',
  'Change element': 'تغيير نوع العنصر',
  'Delete': 'حذف',
  'Connect to other element': 'ربط بعنصر آخر',
  'Connect using association': 'ربط بعلاقة',
  'Connect using data input association': 'ربط بمدخل بيانات',
  'Add lane above': 'إضافة مسار أعلى',
  'Add lane below': 'إضافة مسار أسفل',
  'Divide into two lanes': 'تقسيم إلى مسارين',
  'Divide into three lanes': 'تقسيم إلى ثلاثة مسارات',
  'Toggle non-interrupting': 'تبديل المقاطعة',
  'Loop': 'تكرار',
  'Parallel multi-instance': 'نسخ متعددة متوازية',
  'Sequential multi-instance': 'نسخ متعددة متتابعة',

  // Change element menu (the elements the engine supports first)
  'Start event': 'حدث بداية',
  'End event': 'حدث نهاية',
  'Terminate end event': 'حدث إنهاء',
  'Task': 'مهمة',
  'User task': 'مهمة مستخدم',
  'Service task': 'مهمة خدمية',
  'Send task': 'مهمة إرسال',
  'Receive task': 'مهمة استلام',
  'Exclusive gateway': 'بوابة حصرية',
  'Parallel gateway': 'بوابة متوازية',
  'Inclusive gateway': 'بوابة شاملة (غير مدعومة)',
  'Timer intermediate catch event': 'مؤقت وسيط',
  'Message intermediate catch event': 'انتظار رسالة',
  'Timer boundary event': 'مؤقت حدّي مقاطع',
  'Timer boundary event (non-interrupting)': 'مؤقت حدّي غير مقاطع',
  'Message boundary event': 'رسالة حدّية مقاطعة',
  'Message boundary event (non-interrupting)': 'رسالة حدّية غير مقاطعة',
  'Sub-process (collapsed)': 'عملية فرعية (مطوية)',
  'Sub-process (expanded)': 'عملية فرعية (موسعة)',
  'Sequence flow': 'تدفق تسلسلي',
  'Default flow': 'التدفق الافتراضي',
  'Conditional flow': 'تدفق مشروط',

  // Properties panel (bpmn-js-properties-panel and @bpmn-io/properties-panel)
  'Select an element to edit its properties.': 'اختر عنصرًا لتعديل خصائصه.',
  'Multiple elements are selected. Select a single element to edit its properties.':
    'حُددت عدة عناصر. اختر عنصرًا واحدًا لتعديل خصائصه.',
  'General': 'عام',
  'Name': 'الاسم',
  'ID': 'المعرّف',
  'Documentation': 'التوثيق',
  'Element documentation': 'توثيق العنصر',
  'Process documentation': 'توثيق الإجراء',
  'Process name': 'اسم الإجراء',
  'Process ID': 'معرّف الإجراء',
  'Executable': 'قابل للتنفيذ',
  'Message': 'الرسالة',
  'Global message reference': 'الرسالة',
  'Create new ...': 'إنشاء جديد…',
  '<none>': '<لا شيء>',
  'Timer': 'المؤقت',
  'Type': 'النوع',
  'Value': 'القيمة',
  'Duration': 'مدة',
  'Date': 'تاريخ',
  'Cycle': 'دورة',
  'ID must be unique.': 'يجب أن يكون المعرّف فريدًا.',
  'ID must not be empty.': 'يجب ألا يكون المعرّف فارغًا.',
  'ID must not contain spaces.': 'يجب ألا يحتوي المعرّف على مسافات.',
  'ID must be a valid QName.': 'المعرّف غير صالح.',
  'Section contains an error': 'في هذا القسم خطأ',
  'Section contains edits': 'في هذا القسم تعديلات',
  'Toggle section': 'طي القسم أو فتحه',

  // WorkflowOffice group
  'WorkflowOffice': 'مكتب سير العمل',
  'Roles': 'الأدوار',
  'Due in': 'مدة الإنجاز',
  'Remind before due': 'التذكير قبل الموعد',
  'Priority': 'الأولوية',
  'Form': 'النموذج',
  'Outcomes': 'النتائج',
  'Notification template': 'قالب الإشعار',
  'Notification event': 'حدث الإشعار',
  'Recipient': 'المستلم',
  'Case status': 'حالة الطلب',
  'Required items': 'المتطلبات',
  'Activity': 'النشاط',
  'Correlation key (FEEL)': 'مفتاح الربط (FEEL)',
  'Condition (FEEL)': 'الشرط (FEEL)',
  'Timer type': 'نوع المؤقت',
  'Timer value': 'قيمة المؤقت',
  'Input: {name}': 'مدخل: {name}',
  'Declared outcomes: {outcomes}': 'النتائج المعرّفة: {outcomes}',
  'Not registered: {name}': 'غير مسجل: {name}',
  'ISO 8601 duration, e.g. P14D (14 days) or PT4H (4 hours).': 'مدة بصيغة ISO 8601، مثل P14D (14 يومًا) أو PT4H (4 ساعات).',
  'Not an ISO 8601 duration (e.g. P14D, PT4H).': 'ليست مدة بصيغة ISO 8601 (مثل P14D أو PT4H).',
  'Not an ISO 8601 date and time (e.g. 2026-01-31T09:00:00Z).': 'ليس تاريخًا ووقتًا بصيغة ISO 8601 (مثل 2026-01-31T09:00:00Z).',
  'Not an ISO 8601 repetition (e.g. R3/P1D).': 'ليس تكرارًا بصيغة ISO 8601 (مثل R3/P1D).',
  'A whole number from 0 to 100.': 'عدد صحيح من 0 إلى 100.',
  'Names separated by commas, letters, digits, - and _ only.': 'أسماء مفصولة بفواصل، بحروف وأرقام و - و _ فقط.',
  'Comma-separated names, e.g. accepted,rejected': 'أسماء مفصولة بفواصل، مثل accepted,rejected',
  'Problems': 'المشكلات',
  'No problems': 'لا توجد مشكلات',
  '(none)': '(بدون)',

  // The six roles of the association
  'Admin': 'مدير النظام',
  'PolicyOwner': 'مالك السياسة',
  'RelationsOfficer': 'مسؤول علاقات المستفيدين',
  'SocialResearcher': 'الباحث الاجتماعي',
  'CommitteeMember': 'عضو لجنة البحث',
  'BoardMember': 'عضو مجلس الإدارة'
};

/**
 * The six roles the engine and the host know, in the order the panel lists them.
 */
export const ROLES = [ 'Admin', 'PolicyOwner', 'RelationsOfficer', 'SocialResearcher', 'CommitteeMember', 'BoardMember' ];

/**
 * Returns a bpmn-js compatible translate function: `translate(template, replacements)`.
 *
 * @param {'ar'|'en'} language
 */
export function createTranslate(language) {
  const dictionary = language === 'ar' ? arabic : {};

  return function translate(template, replacements) {
    const text = dictionary[template] || template;
    if (!replacements) {
      return text;
    }
    return text.replace(/{([^}]+)}/g, (match, key) => (key in replacements ? String(replacements[key]) : match));
  };
}

/**
 * A bpmn-js module that replaces the built-in (English) translate service.
 *
 * @param {'ar'|'en'} language
 */
export function translateModule(language) {
  return { translate: [ 'value', createTranslate(language) ] };
}

/**
 * Normalises the page's language option: Arabic unless English is asked for, as the application defaults to Arabic.
 *
 * @param {string|undefined} language
 * @return {'ar'|'en'}
 */
export function normaliseLanguage(language) {
  return language === 'en' ? 'en' : 'ar';
}

/**
 * Picks the label of a registered item for the language: items may carry a plain `label`, a `{ ar, en }` label,
 * or `labelAr`/`labelEn`; the name is the fallback.
 */
export function labelOf(item, language) {
  if (typeof item === 'string') {
    return item;
  }
  const { label } = item;
  if (label && typeof label === 'object') {
    return label[language] || label.en || label.ar || item.name;
  }
  if (language === 'ar' && item.labelAr) {
    return item.labelAr;
  }
  if (language === 'en' && item.labelEn) {
    return item.labelEn;
  }
  return label || item.name;
}
