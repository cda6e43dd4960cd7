import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METRICS } from '../../shared/layout/metrics';
import { FONT_FAMILY } from './theme';

interface Props {
  initialText: string;
  box: { left: number; top: number; width: number; minHeight: number };
  onFinish: (text: string) => void;
  onCancel: () => void;
}

/**
 * A textarea over the card being edited, styled like the card's text. Escape, Ctrl/Cmd+Enter
 * and leaving the field all keep the text (Shift+Escape throws the edit away): the whole edit
 * becomes one undo step.
 */
export function CardTextEditor({ initialText, box, onFinish, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const finished = useRef(false);

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
  }, []);

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = 'auto';
    area.style.height = `${Math.max(box.minHeight, area.scrollHeight)}px`;
  }, [text, box.minHeight]);

  const finish = () => {
    if (finished.current) return;
    finished.current = true;
    onFinish(text);
  };

  return (
    <textarea
      ref={ref}
      className="card-editor"
      aria-label={t('editor.cardEditorLabel')}
      value={text}
      style={{
        left: box.left, top: box.top, width: box.width, minHeight: box.minHeight,
        padding: `${METRICS.cardPaddingY}px ${METRICS.cardPaddingX}px`,
        fontFamily: `"${FONT_FAMILY}"`, fontSize: METRICS.fontSize, lineHeight: `${METRICS.lineHeight}px`,
      }}
      onChange={(e) => setText(e.target.value)}
      onBlur={finish}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' && e.shiftKey) {
          e.preventDefault();
          finished.current = true;
          onCancel();
        } else if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          finish();
        }
      }}
    />
  );
}
