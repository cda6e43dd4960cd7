import { dirname } from 'node:path';
import type { JourneyDocument } from '../../shared/document/schema';
import type { OpenedJourney } from '../../shared/ipc/contract';
import { createApiMethods, type MethodName } from '../../shared/ipc/methods';
import type { Result } from '../../shared/ipc/result';
import { dispatch } from '../../main/ipc/dispatch';
import { createHandlers } from '../../main/ipc/handlers';
import { startAppServices } from '../../main/services/app-services';
import { JourneyRepository, type SaveOptions } from '../../main/services/journey-repository';
import { PersistenceCoordinator, type PersistedFile, type PersistenceEvents, type SaveProblem } from '../../renderer/app/persistence/coordinator';
import { JourneyStore } from '../../renderer/state/journey-store';
import { noDialogs, oneWindow, windowOver } from './handlers';

/** The journey repository main uses, counting the writes of journey files that reach it. */
class CountingRepository extends JourneyRepository {
  readonly saved: string[] = [];
  override async save(path: string, document: JourneyDocument, options?: SaveOptions) {
    const saved = await super.save(path, document, options);
    this.saved.push(path);
    return saved;
  }
}

/**
 * The renderer's API over the real main-process handlers and services in `userData`, with
 * every call counted where it enters main (a counting wrapper around dispatch) and every
 * journey write counted in the repository. Payloads go through JSON as through IPC.
 */
export async function countedMain(userData: string, options: { slowSaves?: Promise<void>[]; mapsIn?: string } = {}) {
  const services = await startAppServices(userData);
  const repository = new CountingRepository();
  const handlers = createHandlers({ ...services, repository, dialogs: noDialogs, windows: oneWindow });
  // The maps live beside userData (in the test's temp folder) unless the test says where.
  const call = windowOver(options.mapsIn ?? dirname(userData));
  const calls: MethodName[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const api = createApiMethods(async (method, input) => {
    calls.push(method);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    try {
      if (method === 'saveJourney') await options.slowSaves?.shift();
      return await dispatch(handlers, method, JSON.parse(JSON.stringify(input)), call);
    } finally {
      inFlight -= 1;
    }
  });
  return { api, calls, writes: repository.saved, services, mostInFlight: () => mostInFlight };
}

/** What a coordinator told the page. */
export function recordedEvents() {
  const log: { saving: boolean[]; saved: PersistedFile[]; problems: SaveProblem[] } = { saving: [], saved: [], problems: [] };
  const events: PersistenceEvents = {
    saving: (saving) => log.saving.push(saving),
    saved: (file) => log.saved.push(file),
    problem: (problem) => log.problems.push(problem),
  };
  return { log, events };
}

/** Opens `path` through main as a window does, and puts a store and its persistence on it. */
export async function openWithPersistence(main: Awaited<ReturnType<typeof countedMain>>, path: string, autosave = true) {
  const opened = (await main.api.openJourney({ path })) as Result<OpenedJourney>;
  if (!opened.ok) throw new Error(opened.error.message);
  const store = new JourneyStore(opened.value.document);
  const { log, events } = recordedEvents();
  const file: PersistedFile = { path, name: opened.value.name, fingerprint: opened.value.fingerprint, readOnly: null };
  const persistence = new PersistenceCoordinator(main.api, store, file, events, { autosave });
  return { store, persistence, log, fingerprint: opened.value.fingerprint };
}
