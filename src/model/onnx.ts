import { open, type FileHandle } from 'node:fs/promises';

// ModelProto's fields and their protobuf wire types (onnx/onnx.proto): a file whose top level
// uses one of these numbers with another wire type is not an ONNX model.
const MODEL_PROTO_FIELDS: ReadonlyMap<number, number> = new Map([
  [1, 0], // ir_version (int64)
  [2, 2], // producer_name
  [3, 2], // producer_version
  [4, 2], // domain
  [5, 0], // model_version (int64)
  [6, 2], // doc_string
  [7, 2], // graph (GraphProto)
  [8, 2], // opset_import
  [14, 2], // metadata_props
  [20, 2], // training_info
  [25, 2], // functions
]);
const IR_VERSION = 1;
const GRAPH = 7;
const MAX_TOP_LEVEL_FIELDS = 1_000_000;

async function readVarint(file: FileHandle, position: number, size: number): Promise<[bigint, number]> {
  const buf = Buffer.alloc(10);
  const { bytesRead } = await file.read(buf, 0, Math.min(10, size - position), position);
  let value = 0n;
  for (let i = 0; i < bytesRead; i++) {
    const byte = buf[i]!;
    value |= BigInt(byte & 0x7f) << BigInt(7 * i);
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  throw new Error(`a truncated varint at byte ${position}`);
}

/**
 * Checks that a file is shaped like a serialized ONNX ModelProto: it walks the top-level
 * protobuf fields (reading only their headers, so a large model costs a few reads), requires
 * `ir_version` and `graph`, and requires the fields to end exactly at the end of the file.
 * Returns undefined when it looks valid, else the reason it does not.
 */
export async function checkOnnxModel(path: string): Promise<string | undefined> {
  const file = await open(path, 'r');
  try {
    const size = (await file.stat()).size;
    if (size === 0) return 'the file is empty';
    const seen = new Set<number>();
    let position = 0;
    for (let n = 0; position < size; n++) {
      if (n > MAX_TOP_LEVEL_FIELDS) return 'too many top-level fields for a ModelProto';
      const [key, keyLength] = await readVarint(file, position, size);
      position += keyLength;
      const field = Number(key >> 3n);
      const wireType = Number(key & 7n);
      if (field === 0) return `an invalid protobuf field number 0 at byte ${position - keyLength}`;
      const expected = MODEL_PROTO_FIELDS.get(field);
      if (expected !== undefined && expected !== wireType) {
        return `field ${field} of ModelProto has wire type ${wireType}, expected ${expected}`;
      }
      switch (wireType) {
        case 0:
          position += (await readVarint(file, position, size))[1];
          break;
        case 1:
          position += 8;
          break;
        case 2: {
          const [length, lengthBytes] = await readVarint(file, position, size);
          position += lengthBytes + Number(length);
          break;
        }
        case 5:
          position += 4;
          break;
        default:
          return `an unsupported protobuf wire type ${wireType} at byte ${position - keyLength}`;
      }
      if (position > size) return `field ${field} runs past the end of the file (truncated?)`;
      seen.add(field);
    }
    if (!seen.has(IR_VERSION)) return 'it has no ir_version field';
    if (!seen.has(GRAPH)) return 'it has no graph field';
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await file.close();
  }
}
