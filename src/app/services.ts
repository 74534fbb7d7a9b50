/** The home service grid: an entry is added here when its feature's route lands. */
export interface ServiceEntry {
  to: string;
  labelKey: string;
  /**
   * An SVG path on a 24 × 24 grid. Not an emoji: phones without a colour emoji font (many
   * Android builds sold in China) draw a box instead.
   */
  iconPath: string;
}

export const SERVICES: readonly ServiceEntry[] = [
  {
    to: '/estimate',
    labelKey: 'estimate.service',
    // A calculator: body, display, and a 3 × 2 keypad.
    iconPath:
      'M6 2h12a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm1 3v4h10V5zm0 7v2.5h2.5V12zm4.25 0v2.5h2.5V12zM15.5 12v2.5H18V12zM7 16.5V19h2.5v-2.5zm4.25 0V19h2.5v-2.5zm4.25 0V19H18v-2.5z',
  },
];
