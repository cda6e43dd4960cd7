import type PDFDocument from 'pdfkit';
import type { Shape } from '../../shared/export/drawing';
import { fontPath, isModifier, runWidth, textRuns } from './fonts';

type Pdf = InstanceType<typeof PDFDocument>;

function stroke(pdf: Pdf, colour: string, width: number, dash: readonly number[] | undefined): void {
  pdf.lineWidth(width).strokeColor(colour);
  if (dash) pdf.dash(dash[0] ?? 1, { space: dash[1] ?? dash[0] ?? 1 });
  else pdf.undash();
}

/** Emoji sequences use code points no embedded glyph carries alone (skin tones, joiners, flags). */
const needsActualText = (text: string) =>
  [...text].some((c) => {
    const cp = c.codePointAt(0) ?? 0;
    return isModifier(cp) || (cp >= 0x1f1e6 && cp <= 0x1f1ff);
  });

function paintText(pdf: Pdf, shape: Extract<Shape, { kind: 'text' }>): void {
  const runs = textRuns(shape.text, shape.weight);
  // Copying or searching such a line then gives exactly what was typed (PDF ActualText).
  const marked = needsActualText(shape.text);
  if (marked) pdf.markContent('Span', { actual: shape.text });
  const total = runs.reduce((sum, run) => sum + runWidth(run) * shape.size, 0);
  let x = shape.anchor === 'middle' ? shape.x - total / 2 : shape.x;
  pdf.fillColor(shape.colour);
  for (const run of runs) {
    pdf.font(fontPath(run.font)).fontSize(shape.size);
    // Placed run by run at the alphabetic baseline: no pdfkit wrapping, the drawing did that.
    pdf.text(run.text, x, shape.y, { lineBreak: false, baseline: 'alphabetic' });
    x += runWidth(run) * shape.size;
  }
  if (marked) pdf.endMarkedContent();
}

/** Paints drawing shapes onto the current PDF page: vector paths, and text that stays text. */
export function paintShapes(pdf: Pdf, shapes: readonly Shape[]): void {
  for (const shape of shapes) {
    switch (shape.kind) {
      case 'rect': {
        if (shape.radius) pdf.roundedRect(shape.x, shape.y, shape.width, shape.height, shape.radius);
        else pdf.rect(shape.x, shape.y, shape.width, shape.height);
        if (shape.stroke) stroke(pdf, shape.stroke, shape.strokeWidth ?? 1, shape.dash);
        if (shape.fill && shape.stroke) pdf.fillAndStroke(shape.fill, shape.stroke);
        else if (shape.fill) pdf.fill(shape.fill);
        else if (shape.stroke) pdf.stroke();
        if (shape.dash) pdf.undash();
        break;
      }
      case 'path': {
        for (const c of shape.commands) {
          if (c.op === 'C') pdf.bezierCurveTo(c.x1, c.y1, c.x2, c.y2, c.x, c.y);
          else if (c.op === 'M') pdf.moveTo(c.x, c.y);
          else pdf.lineTo(c.x, c.y);
        }
        stroke(pdf, shape.stroke, shape.width, shape.dash);
        pdf.lineCap('round').lineJoin('round');
        if (shape.fill) pdf.fillAndStroke(shape.fill, shape.stroke);
        else pdf.stroke();
        pdf.undash();
        break;
      }
      case 'circle':
        pdf.circle(shape.cx, shape.cy, shape.r);
        if (shape.stroke) {
          stroke(pdf, shape.stroke, shape.strokeWidth ?? 1, undefined);
          pdf.fillAndStroke(shape.fill, shape.stroke);
        } else pdf.fill(shape.fill);
        break;
      case 'text':
        paintText(pdf, shape);
        break;
      case 'image':
        // PDF takes PNG and JPEG; other image types keep their card's space empty.
        if (shape.mimeType === 'image/png' || shape.mimeType === 'image/jpeg') {
          pdf.save();
          if (shape.clip === 'circle') pdf.circle(shape.x + shape.width / 2, shape.y + shape.height / 2, Math.min(shape.width, shape.height) / 2).clip();
          else pdf.rect(shape.x, shape.y, shape.width, shape.height).clip();
          pdf.image(Buffer.from(shape.data, 'base64'), shape.x, shape.y, { cover: [shape.width, shape.height], align: 'center', valign: 'center' });
          pdf.restore();
        }
        break;
      case 'group':
        pdf.save().translate(shape.dx, shape.dy);
        paintShapes(pdf, shape.shapes);
        pdf.restore();
        break;
    }
  }
}
