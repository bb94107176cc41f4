/**
 * Where the softmax view's trained weights are kept between starts (softmax-classifier.ts). Training is
 * deterministic, so the same phrasings, features, settings and training code give the same weights: a start with
 * unchanged content loads them (tens of milliseconds) instead of training again (about 1.5 s). The file is named by
 * the training key and ends in a SHA-256 of its bytes; a missing, short or damaged file is ignored and the model is
 * trained as if there were none. A store that cannot be written only makes the next start slower.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TrainedWeights {
  weights: Float32Array;
  bias: Float64Array;
}

export interface WeightStore {
  /** The weights trained under `key`, if kept and intact, with exactly the expected sizes. */
  load(key: string, size: { weights: number; bias: number }): TrainedWeights | undefined;
  save(key: string, trained: TrainedWeights): void;
}

const PREFIX = 'softmax-';
const CHECKSUM_BYTES = 32;

const sha256 = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();

/** Keeps the weights of the latest training in `dir` (older files are removed when a new one is saved). */
export function fileWeightStore(dir: string): WeightStore {
  const fileOf = (key: string): string => path.join(dir, `${PREFIX}${key}.bin`);
  return {
    load(key, size) {
      let file: Buffer;
      try {
        file = readFileSync(fileOf(key));
      } catch {
        return undefined;
      }
      const body = file.subarray(0, file.length - CHECKSUM_BYTES);
      if (body.length !== size.weights * 4 + size.bias * 8 || !sha256(body).equals(file.subarray(body.length))) return undefined;
      // Copied out of the file buffer, so both arrays start at an aligned offset of their own.
      const bias = new Float64Array(body.buffer.slice(body.byteOffset, body.byteOffset + size.bias * 8));
      const weights = new Float32Array(body.buffer.slice(body.byteOffset + size.bias * 8, body.byteOffset + body.length));
      return { weights, bias };
    },
    save(key, { weights, bias }) {
      try {
        mkdirSync(dir, { recursive: true });
        const body = Buffer.concat([Buffer.from(bias.buffer, bias.byteOffset, bias.byteLength), Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength)]);
        const temporary = `${fileOf(key)}.${process.pid}.tmp`;
        writeFileSync(temporary, Buffer.concat([body, sha256(body)]));
        renameSync(temporary, fileOf(key));
        for (const name of readdirSync(dir)) if (name.startsWith(PREFIX) && name !== path.basename(fileOf(key))) rmSync(path.join(dir, name), { force: true });
      } catch {
        // Read-only or full disk: the weights are simply trained again at the next start.
      }
    },
  };
}
