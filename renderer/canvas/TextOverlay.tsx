import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  initialText: string;
  multiline: boolean;
  maxLength: number;
  /** Screen position and size at 100%; `zoom` scales it like the canvas. */
  box: { left: number; top: number; width: number; minHeight: number };
  zoom: number;
  fontSize: number;
  onFinish: (text: string, advance: 'next' | 'previous' | null) => void;
  onCancel: () => void;
}

/**
 * A text field over the canvas where the text is drawn, styled like it. Enter, Tab and
 * leaving the field keep the text (Shift+Enter breaks a card's line); Escape throws the edit
 * away. The whole edit becomes one undo step.
 */
export function TextOverlay({ label, initialText, multiline, maxLength, box, zoom, fontSize, onFinish, onCancel }: Props) {
  const [text, setText] = useState(initialText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    // The field may start outside the map's box until the map scrolls to it: focusing it must
    // not scroll the box itself, which would move the drawing out of view.
    area.focus({ preventScroll: true });
    // A name is usually replaced, a card's text usually added to.
    if (multiline) area.setSelectionRange(area.value.length, area.value.length);
    else area.select();
  }, [multiline]);

  const finish = (advance: 'next' | 'previous' | null) => {
    if (finished.current) return;
    finished.current = true;
    onFinish(text, advance);
  };

  return (
    <textarea
      ref={ref}
      className={`text-overlay${multiline ? '' : ' single-line'}`}
      aria-label={label}
      value={text}
      maxLength={maxLength}
      rows={1}
      style={{ left: box.left, top: box.top, width: box.width, minHeight: box.minHeight, fontSize, transform: `scale(${zoom})` }}
      onChange={(e) => setText(multiline ? e.target.value : e.target.value.replace(/\n/g, ' '))}
      onBlur={() => finish(null)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Escape') {
          e.preventDefault();
          finished.current = true;
          onCancel();
        } else if (e.key === 'Enter' && (!multiline || !e.shiftKey)) {
          e.preventDefault();
          finish(null);
        } else if (e.key === 'Tab') {
          e.preventDefault();
          finish(e.shiftKey ? 'previous' : 'next');
        }
      }}
    />
  );
}
