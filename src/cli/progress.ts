/** A progress bar on stderr for batches, so stdout stays clean for reports. */
import cliProgress from 'cli-progress';

export interface Progress {
  tick(file: string): void;
  stop(): void;
}

export function startProgress(total: number, enabled: boolean): Progress {
  if (!enabled || total < 2) return { tick: () => {}, stop: () => {} };
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
