// A file sent inside a GraphQL mutation as Base64: checked before a byte of it is read as CSV.
import { badUserInput } from '@renkei/errors';

/** The largest file accepted (the gateway's request body limit is 1 MB, Base64 included). */
export const MAX_UPLOAD_BYTES = 700_000;

/** The bytes of a Base64 upload; BAD_USER_INPUT (naming `field`) for one that is not Base64, empty or too large. */
export function uploadedBytes(fileBase64: string, field: string, maxBytes = MAX_UPLOAD_BYTES): Buffer {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(fileBase64)) {
    throw badUserInput('The file is not Base64-encoded', 'ファイルがBase64で符号化されていません。', field);
  }
  const bytes = Buffer.from(fileBase64, 'base64');
  if (bytes.length === 0) throw badUserInput('The file is empty', 'ファイルが空です。', field);
  if (bytes.length > maxBytes) {
    throw badUserInput(`The file is larger than ${maxBytes} bytes: split it`, `ファイルが${maxBytes}バイトを超えています。分割してください。`, field);
  }
  return bytes;
}
