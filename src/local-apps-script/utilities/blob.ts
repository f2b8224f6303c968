// Utilities.newBlob: bytes with a content type and a name. Apps Script bytes are Java's signed
// bytes (-128..127). https://developers.google.com/apps-script/reference/base/blob
import type { RuntimeEnv } from '../env';
import { record } from '../service-object';
import { APPS_SCRIPT_CLASS, type Surface } from '../surface/guard';

export function toSigned(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function fromData(data: unknown): Uint8Array {
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  if (Array.isArray(data) || ArrayBuffer.isView(data)) return Uint8Array.from(data as ArrayLike<number>, (b) => b & 0xff);
  return new Uint8Array(Buffer.from(String(data ?? ''), 'utf8'));
}

export class LocalBlob implements Surface<GoogleAppsScript.Base.Blob> {
  get [APPS_SCRIPT_CLASS]() { return 'Base.Blob' as const; }

  constructor(private readonly env: RuntimeEnv, public bytes: Uint8Array, public contentType: string | null, public name: string | null) {}

  private local(method: string): void {
    record(this.env, 'Utilities', `Blob.${method}`, 'local');
  }

  getBytes(): number[] {
    this.local('getBytes');
    return this.env.realm.adopt(toSigned(this.bytes));
  }
  getDataAsString(charset?: string): string {
    this.local('getDataAsString');
    return Buffer.from(this.bytes).toString(charset && /^iso-8859-1|latin1$/i.test(charset) ? 'latin1' : 'utf8');
  }
  setDataFromString(text: string): this {
    this.local('setDataFromString');
    this.bytes = fromData(String(text));
    return this;
  }
  setBytes(data: number[]): this {
    this.local('setBytes');
    this.bytes = fromData(data);
    return this;
  }
  getName(): string | null {
    this.local('getName');
    return this.name;
  }
  setName(name: string): this {
    this.local('setName');
    this.name = String(name);
    return this;
  }
  getContentType(): string | null {
    this.local('getContentType');
    return this.contentType;
  }
  setContentType(type: string | null): this {
    this.local('setContentType');
    this.contentType = String(type);
    return this;
  }
  copyBlob(): LocalBlob {
    this.local('copyBlob');
    return new LocalBlob(this.env, new Uint8Array(this.bytes), this.contentType, this.name);
  }
  /** A Blob, or anything with getBlob() (a BlobSource), is accepted where Apps Script takes one. */
  getBlob(): this {
    return this;
  }
}

/** The host view of a Blob or BlobSource the script passed (mail attachments). */
export function blobData(value: unknown): { name: string; mimeType: string; bytes: Uint8Array } | null {
  const source = value as { getBlob?: () => unknown } | null;
  const blob = typeof source?.getBlob === 'function' ? source.getBlob() : source;
  if (!(blob instanceof LocalBlob)) return null;
  return { name: blob.name ?? '', mimeType: blob.contentType ?? 'application/octet-stream', bytes: blob.bytes };
}
