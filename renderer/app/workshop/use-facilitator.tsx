import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyDocument } from '../../../shared/document/schema';
import type { WaymarkApi } from '../../../shared/ipc/contract';
import { noteState, roomStagesOf } from '../../../shared/workshop/facilitation';
import { liveMarks, resultMarks, type WorkshopMarks } from '../../../shared/workshop/marks';
import { targetItem } from '../../../shared/workshop/model';
import { roomOutcome } from '../../../shared/workshop/outcome';
import { keepResults, localDate, workshopResult } from '../../../shared/workshop/results';
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
  const { t, i18n } = useTranslation();
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

  // The emotions lane the room's rating band sits in (null: the first one), kept with the results.
  const [ratingLaneId, setRatingLaneId] = useState<string | null>(null);
  // The results screen (a workshop the map keeps, by id) and the workshop whose marks the map shows once the room has ended.
  const [resultsOpen, setResultsOpen] = useState<string | null>(null);
  const [shownResult, setShownResult] = useState<string | null>(null);

  /**
   * Ends the room and keeps what it gave in the map, as one undoable change: the ranking, the
   * ratings, the notes still in the inbox (parked). Then the results screen, for the room.
   */
  const { end: endRoom } = workshop;
  const endAndKeep = useCallback(async (workshopId?: string): Promise<boolean> => {
    const last = await endRoom(workshopId);
    if (!last) return false;
    const date = new Date();
    const name = t('workshopHost.results.defaultName', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(date) });
    const result = workshopResult(roomOutcome(last, store.document), { name, date: localDate(date), ratingLaneId: ratingLaneId ?? undefined });
    store.transact('Keep workshop results', keepResults(result), 'workshop');
    setShownResult(result.id);
    setResultsOpen(result.id);
    return true;
  }, [endRoom, i18n.language, ratingLaneId, store, t]);

  const shown = document.workshops.find((candidate) => candidate.id === shownResult);
  // Live: the current round's votes once revealed (hidden until then, on the projector too), on the card each item
  // is (a room's note on the card it was accepted as).
  const marks = useMemo((): WorkshopMarks | null => {
    if (!snapshot) return shown ? resultMarks(shown) : null;
    const round = snapshot.rounds.at(-1);
    const asCard = new Map(snapshot.stages.flatMap((stage) => stage.notes).flatMap((note) =>
      note.triage?.into && noteState(document, note) === 'accepted' ? [[note.key, note.triage.into] as const] : []));
    const items = new Map(round?.items.map((target) => [target.id, asCard.get(targetItem(target)) ?? targetItem(target)]));
    const votes = round && round.status?.revealed !== false ? round.votes.map((vote) => ({ cardId: items.get(vote.targetId) ?? vote.targetId, total: vote.total })) : [];
    return liveMarks(votes, snapshot.ratings, ratingLaneId);
  }, [snapshot, ratingLaneId, shown, document]);

  return {
    workshop, triage, problem, setProblem, dialog, setDialog, panelOpen, setPanelOpen, start, marks, endAndKeep,
    ratingLaneId, setRatingLaneId, resultsOpen, setResultsOpen, shownResult, setShownResult,
  };
}

export type Facilitator = ReturnType<typeof useFacilitator>;
