/** Times in China time, where the counter is, whatever zone the device is set to. */
export { formatChinaDate, formatChinaTime } from '@/lib/china-time';
