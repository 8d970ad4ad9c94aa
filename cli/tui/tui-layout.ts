/**
 * The TUI's geometry, from the terminal's size alone: every pane has a fixed width, so no content
 * can push a border. The frame fills the screen (frame-writer.ts redraws only its changed rows).
 */
export interface TuiLayout {
  readonly columns: number;
  /** The frame's height. */
  readonly height: number;
  /** The result list's width, borders included; the detail pane takes the rest. */
  readonly listWidth: number;
  readonly detailWidth: number;
  /** Rows inside the panes' borders. */
  readonly bodyRows: number;
}

/** The search box's three rows and the footer's one. */
const CHROME_ROWS = 4;

export function tuiLayout(columns: number, rows: number): TuiLayout {
  const width = Math.max(40, columns);
  const height = Math.max(10, rows);
  const listWidth = Math.min(40, Math.max(24, Math.floor(width * 0.38)));
  return { columns: width, height, listWidth, detailWidth: width - listWidth, bodyRows: height - CHROME_ROWS - 2 };
}
