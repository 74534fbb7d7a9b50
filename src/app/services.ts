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
    to: '/voucher',
    labelKey: 'home.serviceVoucher',
    // A QR code: three finder squares and a few modules.
    iconPath:
      'M3 3h8v8H3zm2 2v4h4V5zm8-2h8v8h-8zm2 2v4h4V5zM3 13h8v8H3zm2 2v4h4v-4zm8-2h3v3h-3zm5 0h3v3h-3zm-5 5h3v3h-3zm5 0h3v3h-3zM6 6h2v2H6zm10 0h2v2h-2zM6 16h2v2H6z',
  },
  {
    to: '/estimate',
    labelKey: 'estimate.service',
    // A calculator: body, display, and a 3 × 2 keypad.
    iconPath:
      'M6 2h12a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm1 3v4h10V5zm0 7v2.5h2.5V12zm4.25 0v2.5h2.5V12zM15.5 12v2.5H18V12zM7 16.5V19h2.5v-2.5zm4.25 0V19h2.5v-2.5zm4.25 0V19H18v-2.5z',
  },
  {
    to: '/prescriptions',
    labelKey: 'home.servicePrescriptions',
    // A prescription sheet with a folded corner and an Rx cross.
    iconPath:
      'M6 2h9l5 5v13a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm8 1.5V8h4.5zM8 11v2h3v3h2v-3h3v-2h-3V8h-2v3z',
  },
  {
    to: '/pharmacies',
    labelKey: 'home.servicePharmacies',
    // A map pin holding a medical cross.
    iconPath:
      'M12 2a7 7 0 0 1 7 7c0 5.2-7 13-7 13S5 14.2 5 9a7 7 0 0 1 7-7zm-1 3.5V8H8.5v2H11v2.5h2V10h2.5V8H13V5.5z',
  },
  {
    to: '/family',
    labelKey: 'home.serviceFamily',
    // Two people side by side under one roof: the household that shares the account.
    iconPath:
      'M12 2 2 9.5V22h20V9.5zm0 2.5 8 6V20H4v-9.5zM9 11a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm6 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm-6 5c-1.7 0-3 .8-3 2v1h6v-1c0-1.2-1.3-2-3-2zm6 0c-1.7 0-3 .8-3 2v1h6v-1c0-1.2-1.3-2-3-2z',
  },
  {
    to: '/settlements',
    labelKey: 'home.serviceSettlements',
    // A receipt with a torn edge and three lines of items.
    iconPath:
      'M5 2h14v20l-2.3-1.5L14.3 22 12 20.5 9.7 22l-2.4-1.5L5 22zm3 5v2h8V7zm0 4v2h8v-2zm0 4v2h5v-2z',
  },
  {
    to: '/records',
    labelKey: 'home.serviceRecords',
    // A ledger page with a bar chart: where the year's money went.
    iconPath:
      'M5 2h14a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zm0 2v16h14V4zm2 12h2v2H7zm0-4h2v2H7zm4-3h2v7h-2zm4-3h2v10h-2zM7 6h2v4H7z',
  },
  {
    to: '/safety',
    labelKey: 'home.serviceSafety',
    // A shield with a tick: protection against fraud.
    iconPath:
      'M12 2 4 5v6c0 5 3.4 9.6 8 11 4.6-1.4 8-6 8-11V5zm0 2.2 6 2.2V11c0 3.9-2.5 7.6-6 8.9-3.5-1.3-6-5-6-8.9V6.4zm3.3 4.6-4.3 4.3-2.3-2.3-1.4 1.4 3.7 3.7 5.7-5.7z',
  },
];
