import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Write to a file (creating folders) or to stdout. */
export async function emit(content: string | Uint8Array, output?: string): Promise<void> {
  if (!output || output === '-') {
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(content, (e) => (e ? reject(e) : resolve())),
    );
    return;
  }
  await mkdir(dirname(output), { recursive: true });
  await writeFile(output, content);
}
