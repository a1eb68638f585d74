// Right-to-left labels in the diagram.
//
// diagram-js lays out every label line itself (it measures the words and gives each <tspan> an x coordinate that
// is the left edge of the line). The browser's bidi algorithm already orders Arabic letters correctly, but with
// the SVG default `direction: ltr` a line that mixes Arabic with digits or punctuation ("انقضاء ١٤ يوماً؟") gets
// its neutral characters placed on the wrong side. Marking such labels `direction="rtl"` fixes the order; and
// because in right-to-left text the *end* of a line is its left edge, `text-anchor="end"` keeps the x coordinate
// diagram-js computed as the left edge, so centring and wrapping stay exactly as laid out.

const RTL_CHARACTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/**
 * True when the text starts, after neutral characters, with a right-to-left letter (Arabic, Hebrew…), which is how
 * the Unicode bidi algorithm picks a paragraph's direction.
 */
export function isRightToLeft(text) {
  if (!text) {
    return false;
  }
  for (const character of text) {
    if (RTL_CHARACTERS.test(character)) {
      return true;
    }
    if (/[A-Za-z\u00C0-\u024F]/.test(character)) {
      return false;
    }
  }
  return false;
}

function RightToLeftLabels(textRenderer) {
  const createText = textRenderer.createText.bind(textRenderer);

  textRenderer.createText = function(text, options) {
    const element = createText(text, options);
    if (isRightToLeft(text)) {
      element.setAttribute('direction', 'rtl');
      element.setAttribute('text-anchor', 'end');
      element.classList.add('wo-rtl-label');
    }
    return element;
  };
}

RightToLeftLabels.$inject = [ 'textRenderer' ];

/**
 * bpmn-js module: include it in `additionalModules` of a Modeler or Viewer.
 */
export default {
  __init__: [ 'rightToLeftLabels' ],
  rightToLeftLabels: [ 'type', RightToLeftLabels ]
};
