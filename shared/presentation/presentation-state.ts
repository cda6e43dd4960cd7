import { MAX_MARK_POINTS, MAX_MARKS, PRESENTATION_THEMES, type PresentationAction, type PresentationState } from './messages';
import { isSlide, type ShowStep } from './walkthrough';

export const initialPresentation = (viewId: string | null = null): PresentationState => ({
  position: 0, overview: false, laneByLane: false, slides: true, theme: 'light', viewId, tool: 'none', marks: [], laser: null,
});

/** What the reducer needs to know about the map: the walk-through's steps and the saved views. */
export interface WalkContext {
  steps: readonly ShowStep[];
  viewIds: readonly string[];
}

function next<T>(list: readonly T[], current: T): T {
  const index = (list.indexOf(current) + 1) % list.length;
  return index < list.length ? (list[index] as T) : current;
}

/** Moving on: marks belong to what was on screen, so they go, and the overview closes. */
function moveTo(state: PresentationState, position: number, steps: readonly ShowStep[]): PresentationState {
  const clamped = Math.max(0, Math.min(position, steps.length - 1));
  if (clamped === state.position && !state.overview) return state;
  return { ...state, position: clamped, overview: false, marks: [], laser: null };
}

/**
 * The presentation's state machine, pure so that every window can run it and tests can
 * drive it: the presenting window applies actions (its own keys and the audience's) and
 * sends the result to the audience.
 */
export function reducePresentation(state: PresentationState, action: PresentationAction, walk: WalkContext): PresentationState {
  const { steps } = walk;
  switch (action.type) {
    case 'next':
      return state.overview ? { ...state, overview: false } : moveTo(state, state.position + 1, steps);
    case 'previous':
      return state.overview ? { ...state, overview: false } : moveTo(state, state.position - 1, steps);
    case 'first':
      return moveTo(state, 0, steps);
    case 'last':
      return moveTo(state, steps.length - 1, steps);
    case 'goTo':
      return moveTo(state, action.position, steps);
    case 'goToStage': {
      const index = steps.findIndex((s) => !isSlide(s) && s.stageNumber === action.number);
      return index === -1 ? state : moveTo(state, index, steps);
    }
    case 'toggleOverview':
      return { ...state, overview: !state.overview, marks: [], laser: null };
    case 'toggleLaneByLane':
      return { ...state, laneByLane: !state.laneByLane };
    case 'toggleSlides':
      return { ...state, slides: !state.slides };
    case 'setTheme':
      return { ...state, theme: action.theme };
    case 'cycleTheme':
      return { ...state, theme: next(PRESENTATION_THEMES, state.theme) };
    case 'setView':
      return { ...state, viewId: action.viewId, position: 0, overview: false, marks: [], laser: null };
    case 'cycleView':
      return reducePresentation(state, { type: 'setView', viewId: next([null, ...walk.viewIds], state.viewId) }, walk);
    case 'toggleTool':
      return { ...state, tool: state.tool === action.tool ? 'none' : action.tool, laser: null };
    case 'startMark':
      if (state.marks.length >= MAX_MARKS) return state;
      return { ...state, marks: [...state.marks, { id: action.id, points: [action.at.x, action.at.y] }] };
    case 'extendMark':
      return {
        ...state,
        marks: state.marks.map((m) => (m.id === action.id && m.points.length < 2 * MAX_MARK_POINTS ? { ...m, points: [...m.points, action.at.x, action.at.y] } : m)),
      };
    case 'clearMarks':
      return { ...state, marks: [] };
    case 'laser':
      return { ...state, laser: action.at };
  }
}
