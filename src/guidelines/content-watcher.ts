/**
 * Calls `onChange` once a burst of changes in the content folder has settled (ADR 0091). It watches the folder,
 * not the files, so editors' save-by-rename (write a temporary file, rename it over the old one) and `sed -i` are
 * seen like plain writes. A folder that is removed or replaced (a new checkout, a mounted volume swapped) is
 * watched again once it is back, and then counts as a change. The watcher never keeps the process alive.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../logging/logger';

export interface ContentWatcher {
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs. */
  debounceMs?: number;
  /** How often a vanished folder is looked for again. */
  retryMs?: number;
  logger?: Logger;
}

export function watchContent(dir: string, onChange: () => void, options: WatchOptions = {}): ContentWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const retryMs = options.retryMs ?? 1000;
  let watcher: FSWatcher | undefined;
  let watchedInode: number | undefined;
  let settle: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const changed = (): void => {
    if (closed) return;
    clearTimeout(settle);
    settle = setTimeout(() => {
      settle = undefined;
      if (!closed) onChange();
    }, debounceMs).unref();
  };
  const inodeOf = (): number | undefined => {
    try {
      return statSync(dir).ino;
    } catch {
      return undefined;
    }
  };
  const rewatchLater = (): void => {
    watcher?.close();
    watcher = undefined;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (start()) changed();
      else rewatchLater();
    }, retryMs).unref();
  };
  const start = (): boolean => {
    if (closed) return false;
    watchedInode = inodeOf();
    if (watchedInode === undefined) return false;
    try {
      watcher = watch(dir, { persistent: false }, () => {
        // The folder itself was removed or replaced: this watch sees nothing any more.
        if (inodeOf() !== watchedInode) rewatchLater();
        changed();
      });
    } catch {
      return false;
    }
    watcher.on('error', (error) => {
      options.logger?.warn({ contentDir: dir, err: error }, 'content watch failed; watching again shortly');
      rewatchLater();
    });
    return true;
  };

  if (!start()) rewatchLater();
  return {
    close: () => {
      closed = true;
      clearTimeout(settle);
      clearTimeout(retry);
      watcher?.close();
      watcher = undefined;
    },
  };
}
