import type { Store } from '../../../src/core/ports.ts';

/** What each part of the store contract gets from runStoreContract. */
export interface ContractContext {
  /** A fresh, empty store, closed after the test. */
  fresh(): Promise<Store>;
  /** Closes `store` and opens the same database again (a restart); the new store is closed after the test. */
  restart(store: Store): Promise<Store>;
}
