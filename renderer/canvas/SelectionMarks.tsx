import { Rect } from 'react-konva';
import { sameColumn, type Cell } from '../../shared/document/commands';
import type { CardBox, JourneyLayout } from '../../shared/layout/layout';
import { GRID } from './theme';

interface Props { layout: JourneyLayout; selected: readonly CardBox[]; cursor: Cell | null; zoom: number }

/** The keyboard cursor's cell and the selected cards' outlines, kept thick at any zoom. */
export function SelectionMarks({ layout, selected, cursor, zoom }: Props) {
  const column = cursor && layout.columns.find((c) => sameColumn(c, cursor));
  const lane = cursor && layout.lanes.find((l) => l.id === cursor.laneId);
  const width = 3 / zoom;
  return (
    <>
      {column && lane && (
        <Rect x={column.x + 2} y={lane.y + 2} width={column.width - 4} height={lane.height - 4} stroke={GRID.cursor} strokeWidth={width} dash={[8 / zoom, 4 / zoom]} cornerRadius={4} />
      )}
      {selected.map((card) => (
        <Rect key={card.id} x={card.x - 3} y={card.y - 3} width={card.width + 6} height={card.height + 6} stroke={GRID.selection} strokeWidth={width} cornerRadius={8} />
      ))}
    </>
  );
}
