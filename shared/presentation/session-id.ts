/** A presentation session's id: which windows belong together. Plain so a window's first script can read it. */
export const PRESENTATION_SESSION_ID = /^[A-Za-z0-9_-]{8,64}$/;
