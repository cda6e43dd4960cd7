import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { WaymarkApi } from '../../../shared/ipc/contract';
import { roomStagesOf } from '../../../shared/workshop/facilitation';
import type { WorkshopMarksData } from '../../canvas/WorkshopMarks';
import type { JourneyStore } from '../../state/journey-store';
import { useTriage } from './use-triage';
import { useWorkshop } from './use-workshop';

export type WorkshopDialog = 'start' | 'join' | null;

/**
 * Everything the map screen needs for a live workshop: the room (watched from main), the
 * triage actions, which dialog is open, whether the panel shows, and the canvas marks.
 * The room's stages follow the map's while the workshop runs (renamed, added, moved).
 */
export function useFacilitator(api: WaymarkApi, journey: { path: string | null; name: string }, store: JourneyStore, document: JourneyDocument) {
  const { t } = useTranslation();
  const workshop = useWorkshop(api, journey.path);
  const [problem, setProblem] = useState<string | null>(null);
  const triage = useTriage(store, workshop, setProblem);
  const [dialog, setDialog] = useState<WorkshopDialog>(null);
  const [panelOpen, setPanelOpen] = useState(true);
  const { snapshot, call } = workshop;

  const stages = useMemo(() => roomStagesOf(document, (number) => t('stage.numbered', { number })), [document, t]);
  const running = snapshot !== null;
  const roomStages = useMemo(() => JSON.stringify(snapshot?.stages.filter((stage) => stage.stageName !== null).map((stage) => ({ id: stage.stageId, name: stage.stageName })) ?? []), [snapshot]);
  useEffect(() => {
    if (running && JSON.stringify(stages) !== roomStages && stages.length > 0) void call('setWorkshopStages', { stages });
  }, [running, stages, roomStages, call]);

  // Saved under another name mid-workshop (an untitled map's first save): main keeps the new file for a restart.
  const followedPath = snapshot?.journeyPath;
  const title = document.journey.title || journey.name;
  useEffect(() => {
    if (followedPath !== undefined && (followedPath !== journey.path || snapshot?.title !== title)) void call('setWorkshopJourney', { journeyPath: journey.path, title });
  }, [followedPath, journey.path, title, snapshot?.title, call]);

  // View > Live Workshop… in Electron's menu.
  useEffect(() => api.onMenuCommand((command) => {
    if (command.type !== 'workshop') return;
    if (running) setPanelOpen(true);
    else setDialog('start');
  }), [api, running]);

  /** `showJoin`: the phones' join screen next (not when the room is for laptops editing together). */
  const start = async (choice: { addresses: string[]; voteBudget: number }, showJoin = true) => {
    const started = await workshop.start({ journeyPath: journey.path, title: document.journey.title || journey.name, stages, voteBudget: choice.voteBudget, addresses: choice.addresses });
    if (started && showJoin) {
      setPanelOpen(true);
      // The room needs the join screen first.
      setTimeout(() => setDialog('join'), 0);
    }
    return started;
  };

  const marks = useMemo((): WorkshopMarksData | null => snapshot && {
    votes: new Map(snapshot.votes.map((vote) => [vote.targetId, vote.total])),
    ratings: snapshot.ratings,
  }, [snapshot]);

  return { workshop, triage, problem, setProblem, dialog, setDialog, panelOpen, setPanelOpen, start, marks };
}

export type Facilitator = ReturnType<typeof useFacilitator>;
