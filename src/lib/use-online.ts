import { useSyncExternalStore } from 'react';
import { isDeviceOnline, subscribeConnectivity } from './connectivity';

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeConnectivity, isDeviceOnline, () => true);
}
