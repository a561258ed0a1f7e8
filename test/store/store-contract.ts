// The behaviour every Store implementation owes the app, written once. A store's test file calls
// runStoreContract with a way to open a fresh, empty database and to reopen it (a restart of the bot); the
// SQLite tests run it on a temp file, the Postgres ones on a throwaway schema.
import { afterAll, afterEach, describe } from 'vitest';
import type { Store } from '../../src/core/ports.ts';
import { describeBaselineContract } from './contract/baseline-contract.ts';
import { describeBaselineFileContract } from './contract/baseline-file-contract.ts';
import { describeFeedStateAndClusterContract } from './contract/feed-state-and-cluster-contract.ts';
import { describeItemContract } from './contract/item-contract.ts';
import { describeOutboxContract } from './contract/outbox-contract.ts';
import { describeSubscriptionContract } from './contract/subscription-contract.ts';
import { describeReportContract } from './contract/report-contract.ts';
import { describeBatchContract } from './contract/batch-contract.ts';
import type { ContractContext } from './contract/contract-context.ts';

export interface StoreContractHooks {
  /** Closes `store` and opens the same database again, as a restart of the bot does. */
  reopen(store: Store): Promise<Store>;
  /** After the whole suite: remove what makeStore created (files, schemas). */
  cleanup?(): Promise<void>;
}

/** Defines the contract's describe/it blocks; `makeStore` opens a fresh, empty database each call. */
export function runStoreContract(name: string, makeStore: () => Promise<Store>, hooks: StoreContractHooks): void {
  describe(`${name} fulfils the store contract`, () => {
    let open: Store[] = [];
    const ctx: ContractContext = {
      async fresh() {
        const store = await makeStore();
        open.push(store);
        return store;
      },
      async restart(store) {
        open = open.filter((s) => s !== store);
        const again = await hooks.reopen(store);
        open.push(again);
        return again;
      },
    };
    afterEach(async () => {
      const closing = open;
      open = [];
      await Promise.all(closing.map((s) => s.close()));
    });
    afterAll(async () => {
      await hooks.cleanup?.();
    });

    describeFeedStateAndClusterContract(ctx);
    describeItemContract(ctx);
    describeBaselineContract(ctx);
    describeBaselineFileContract(ctx);
    describeSubscriptionContract(ctx);
    describeReportContract(ctx);
    describeOutboxContract(ctx);
    describeBatchContract(ctx);
  });
}
