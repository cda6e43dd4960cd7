import type PptxGenJS from 'pptxgenjs';
import type { Slide, TextProps } from './pptx-units';

type Runs = Exclude<Parameters<Slide['addText']>[0], string | number>;

/**
 * A new slide whose shapes and text boxes are named as pptxgenjs names them ("Shape 3",
 * "Text 4": shapes and text boxes share one count, from 0), but from a counter. pptxgenjs
 * finds the next number by filtering all of the slide's objects for each one it adds, and for
 * each run of its text: quadratic in the objects of a slide. The overview of a 10,000-card map
 * holds some 30,000 of them, and naming them took 21 of the export's 27 s. The deck is the
 * same byte for byte: a run's own name is never written.
 */
export function addNamedSlide(pptx: PptxGenJS, options?: { masterName: string }): Slide {
  const slide = pptx.addSlide(options);
  let texts = 0;
  const addShape = slide.addShape.bind(slide);
  const addText = slide.addText.bind(slide);
  slide.addShape = (shape, options) => addShape(shape, { objectName: `Shape ${texts++}`, ...options });
  slide.addText = (text, options) => {
    const objectName = `Text ${texts++}`;
    const named = (runOptions: TextProps | undefined): TextProps => ({ objectName, ...runOptions });
    const runs: Runs | string | number = typeof text === 'string' || typeof text === 'number' ? text : text.map((run) => ({ ...run, options: named(run.options) }));
    return addText(runs, named(options));
  };
  return slide;
}
