/** Commands contributed by other stages: catalogue lookups (catalog/), rendering (render/), the server (server/). */
import type { Command } from 'commander';
import { registerCatalogCommand } from './catalog-command.js';
import { registerRenderCommand } from './render-command.js';
import { registerServerCommands } from './server-command.js';

export async function registerExtraCommands(
  program: Command,
  setExit: (code: number) => void,
): Promise<void> {
  registerCatalogCommand(program);
  registerRenderCommand(program, setExit);
  registerServerCommands(program);
}
