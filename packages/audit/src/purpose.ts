// The purpose a caller states for reading personal data, sent in a header (percent-encoded UTF-8 for Japanese:
// encodeURIComponent('ケース会議の準備')).
export const PURPOSE_HEADER = 'x-hub-purpose';
export const MAX_PURPOSE_LENGTH = 200;

export function readPurpose(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    text = raw;
  }
  // Node reads header bytes as Latin-1: a purpose sent as raw UTF-8 (紹介先の確認, not percent-encoded) arrives as
  // mojibake, and is read back as the UTF-8 it was when it decodes cleanly.
  if (/[\u0080-\u00ff]/u.test(text) && [...text].every((c) => c.charCodeAt(0) <= 0xff)) {
    const utf8 = Buffer.from(text, 'latin1').toString('utf8');
    if (!utf8.includes('\ufffd')) text = utf8;
  }
  // eslint-disable-next-line no-control-regex -- control characters have no place in a stated purpose
  const clean = text.replace(/[\u0000-\u001f\u007f]/gu, ' ').trim();
  return clean === '' ? null : [...clean].slice(0, MAX_PURPOSE_LENGTH).join('');
}
