/**
 * A progress bar on stderr for batches, so stdout stays clean for reports. cli-progress (and the two dozen modules
 * it loads) is loaded only when there is a bar to show: a one-file check does without it.
 */
export interface Progress {
  tick(file: string): void;
  stop(): void;
}

export async function startProgress(total: number, enabled: boolean): Promise<Progress> {
  if (!enabled || total < 2) return { tick: () => {}, stop: () => {} };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '检查中 [{bar}] {value}/{total} {file}',
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return { tick: (file) => bar.increment(1, { file }), stop: () => bar.stop() };
}
