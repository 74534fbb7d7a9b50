/** The home service grid: an entry is added here when its feature's route lands. */
export interface ServiceEntry {
  to: string;
  labelKey: string;
  icon: string;
}

export const SERVICES: readonly ServiceEntry[] = [
  { to: '/estimate', labelKey: 'estimate.service', icon: '🧮' },
];
