import type { WorkshopService } from '../workshop/workshop-in-worker';
import type { Handlers } from './handlers';

type WorkshopMethods =
  | 'listWorkshopAddresses' | 'startWorkshop' | 'watchWorkshop' | 'workshopJoinInfo' | 'triageWorkshopNote' | 'setWorkshopLocked'
  | 'removeWorkshopParticipant' | 'restoreWorkshopParticipant' | 'openVotingRound' | 'setRoundItems' | 'closeVotingRound' | 'revealVotingRound'
  | 'setWorkshopStages' | 'setWorkshopJourney' | 'endWorkshop' | 'listResumableWorkshops' | 'resumeWorkshop';

/**
 * The facilitator's workshop over IPC (in its worker thread: workshop-in-worker.ts); without
 * one (tests that leave it out) there are no addresses and starting is refused.
 */
export function workshopHandlers(workshop: WorkshopService | undefined): Pick<Handlers, WorkshopMethods> {
  const required = (): WorkshopService => {
    if (!workshop) throw new Error('workshops cannot run here');
    return workshop;
  };
  const done = async (work: () => Promise<unknown>): Promise<null> => {
    await work();
    return null;
  };
  return {
    listWorkshopAddresses: async () => (workshop ? workshop.addresses() : []),
    startWorkshop: async ({ journeyPath, title, stages, lanes, voteBudget, addresses }) =>
      required().start({ journeyPath, title, stages, voteBudget, addresses, ...(lanes ? { lanes } : {}) }),
    watchWorkshop: async ({ after, waitMs }) => (workshop ? workshop.watch(after, waitMs) : null),
    workshopJoinInfo: async () => required().joinInfo(),
    triageWorkshopNote: async ({ key, status, into }) => done(() => required().triage(key, status, into)),
    setWorkshopLocked: async ({ locked }) => done(() => required().setLocked(locked)),
    removeWorkshopParticipant: async ({ participantId, drop }) => done(() => required().remove(participantId, drop ?? false)),
    restoreWorkshopParticipant: async ({ participantId }) => done(() => required().restore(participantId)),
    openVotingRound: async ({ items, budget, seconds }) => done(() => required().openRound(items, budget, seconds)),
    setRoundItems: async ({ items }) => done(() => required().setRoundItems(items)),
    closeVotingRound: async () => done(() => required().closeRound()),
    revealVotingRound: async () => done(() => required().revealRound()),
    setWorkshopStages: async ({ stages }) => done(() => required().setStages(stages)),
    setWorkshopJourney: async ({ journeyPath, title }) => {
      await required().setJourney(journeyPath, title);
      return null;
    },
    endWorkshop: async ({ workshopId }) => required().end(workshopId),
    listResumableWorkshops: async () => (workshop ? workshop.resumable() : []),
    resumeWorkshop: async ({ workshopId }) => required().resume(workshopId),
  };
}
