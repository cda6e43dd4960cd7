/** How many maps a workspace lists at most (main/services/workspace.ts WORKSPACE_LIMITS.maps; the renderer cannot import main). */
export const WORKSPACE_CARD_LIMIT = 1_000;
