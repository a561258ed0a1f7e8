// Writes the items we may read while working: train.jsonl without the lockbox, plus dev.jsonl, to one file
// (default /tmp/tts-work-set.jsonl). Read that file, never train.jsonl itself, when studying errors.
import { readFileSync, writeFileSync } from 'node:fs';
import { isLockboxId } from '../src/core/classify/lockbox.ts';

const out = process.argv[2] ?? '/tmp/tts-work-set.jsonl';
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
const train = lines('../shared/eval/train.jsonl').filter((l) => !isLockboxId(String(JSON.parse(l).id)));
const dev = lines('../shared/eval/dev.jsonl');
writeFileSync(out, [...train, ...dev].join('\n') + '\n');
console.log(`${out}: ${train.length} train items (lockbox left out) + ${dev.length} dev items`);
