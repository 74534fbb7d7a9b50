/** Times in China time, where the counter is, whatever zone the device is set to. */
export function formatChinaTime(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(epochMs);
}

export function formatChinaDate(epochMs: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(epochMs);
}
