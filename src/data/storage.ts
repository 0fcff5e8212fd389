/**
 * Where the last good dataset and the settings are kept: an async key-value store with three
 * adapters. In the shared runtime, OfficeRuntime.storage (per add-in, about 10 MB in all); in the
 * browser preview, localStorage; in tests, a Map. The globals are read when an adapter is made,
 * never when this module loads.
 */

/** The minimal async key-value store the data layer persists to. */
export interface KeyValueStorage {
  /** Which store this is, for the Data status view. */
  readonly kind: "office-runtime" | "local-storage" | "memory";
  /** The most characters the saved dataset may take here; omitted, persist.ts's DATASET_STORAGE_BUDGET. */
  readonly budget?: number;
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** The part of OfficeRuntime.storage we use. */
export interface OfficeRuntimeStorageLike {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

/** The part of the Web Storage API we use. */
export interface WebStorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** OfficeRuntime.storage, when the shared runtime provides it. */
export function officeRuntimeStorage(storage: OfficeRuntimeStorageLike): KeyValueStorage {
  return {
    kind: "office-runtime",
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
  };
}

/** localStorage (or any Web Storage), made async; quota and security errors become rejections. */
export function webStorage(storage: WebStorageLike): KeyValueStorage {
  return {
    kind: "local-storage",
    getItem: async (key) => storage.getItem(key),
    setItem: async (key, value) => storage.setItem(key, value),
    removeItem: async (key) => storage.removeItem(key),
  };
}

/** A Map-backed store. Pass the same Map to a second store to simulate a restart; `budget` to simulate a small one. */
export function memoryStorage(map: Map<string, string> = new Map(), options: { budget?: number } = {}): KeyValueStorage {
  return {
    kind: "memory",
    ...(options.budget === undefined ? {} : { budget: options.budget }),
    getItem: async (key) => map.get(key) ?? null,
    setItem: async (key, value) => {
      map.set(key, value);
    },
    removeItem: async (key) => {
      map.delete(key);
    },
  };
}

/**
 * The page's persistent store: OfficeRuntime.storage in the shared runtime, else localStorage
 * (browser preview), else an in-memory store that forgets on reload (e.g. storage blocked).
 */
export function defaultStorage(): KeyValueStorage {
  const runtime = (globalThis as { OfficeRuntime?: { storage?: OfficeRuntimeStorageLike } }).OfficeRuntime;
  if (runtime?.storage) return officeRuntimeStorage(runtime.storage);
  const local = availableLocalStorage();
  return local ? webStorage(local) : memoryStorage();
}

function availableLocalStorage(): WebStorageLike | undefined {
  try {
    // Reading localStorage throws a SecurityError where storage is blocked (sandboxed frames, some privacy settings).
    const local = (globalThis as { localStorage?: WebStorageLike }).localStorage;
    return local ?? undefined;
  } catch {
    return undefined;
  }
}
