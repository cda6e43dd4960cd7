export type JourneyFileProblem =
  | 'not-found'
  | 'unreadable'
  | 'too-large'
  | 'encoding'
  | 'not-json'
  | 'not-a-journey'
  | 'newer-version'
  | 'invalid'
  /** Another program changed the file since Waymark loaded or saved it. */
  | 'changed-on-disk'
  /** Another Waymark (window, instance or machine) has the file open for writing. */
  | 'locked'
  /** The file or its folder cannot be written at all (read-only medium, no permission): nothing was written. */
  | 'read-only'
  /** A folder, a pipe (FIFO), a device or a socket where a journey file was expected: never read or written over. */
  | 'not-a-file'
  /** The disk is full (or the user's quota is used up): nothing was replaced. */
  | 'no-space'
  /** The file system refused to read or write the file, its backup or its folder (EACCES, EPERM). */
  | 'permission-denied';

/**
 * Why a journey file cannot be read. `where` points into the file (a line and column,
 * or a field path such as `cards[3].text`) so the user can find and fix the problem.
 */
export class JourneyFileError extends Error {
  readonly problem: JourneyFileProblem;
  readonly where: string | undefined;
  readonly detail: string;

  constructor(problem: JourneyFileProblem, detail: string, where?: string) {
    super(where ? `${detail} (at ${where})` : detail);
    this.name = 'JourneyFileError';
    this.problem = problem;
    this.detail = detail;
    this.where = where;
  }
}
