// Utilities.newBlob: bytes with a content type and a name. Apps Script bytes are Java's signed
// bytes (-128..127). https://developers.google.com/apps-script/reference/base/blob
import type { RuntimeEnv } from '../env';
import { record, serviceObject } from '../service-object';

export function toSigned(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function fromData(data: unknown): Uint8Array {
  if (typeof data === 'string') return new Uint8Array(Buffer.from(data, 'utf8'));
  if (Array.isArray(data) || ArrayBuffer.isView(data)) return Uint8Array.from(data as ArrayLike<number>, (b) => b & 0xff);
  return new Uint8Array(Buffer.from(String(data ?? ''), 'utf8'));
}

const LOCAL_BLOB = Symbol('local blob');

export class LocalBlob {
  readonly self: GoogleAppsScript.Base.Blob;
  readonly [LOCAL_BLOB] = true;

  constructor(private readonly env: RuntimeEnv, public bytes: Uint8Array, public contentType: string | null, public name: string | null) {
    this.self = serviceObject(env, 'Blob', this);
  }

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
  setDataFromString(text: string): GoogleAppsScript.Base.Blob {
    this.local('setDataFromString');
    this.bytes = fromData(String(text));
    return this.self;
  }
  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.local('setBytes');
    this.bytes = fromData(data);
    return this.self;
  }
  getName(): string | null {
    this.local('getName');
    return this.name;
  }
  setName(name: string): GoogleAppsScript.Base.Blob {
    this.local('setName');
    this.name = String(name);
    return this.self;
  }
  getContentType(): string | null {
    this.local('getContentType');
    return this.contentType;
  }
  setContentType(type: string): GoogleAppsScript.Base.Blob {
    this.local('setContentType');
    this.contentType = String(type);
    return this.self;
  }
  copyBlob(): GoogleAppsScript.Base.Blob {
    this.local('copyBlob');
    return new LocalBlob(this.env, new Uint8Array(this.bytes), this.contentType, this.name).self;
  }
  /** A Blob, or anything with getBlob() (a BlobSource), is accepted where Apps Script takes one. */
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.self;
  }
}

/** The host view of a Blob or BlobSource the script passed (mail attachments). */
export function blobData(value: unknown): { name: string; mimeType: string; bytes: Uint8Array } | null {
  const source = value as { getBlob?: () => unknown } | null;
  const blob = (typeof source?.getBlob === 'function' ? source.getBlob() : source) as LocalBlob | null;
  if (!blob || !(blob as unknown as Record<symbol, unknown>)[LOCAL_BLOB]) return null;
  return { name: blob.name ?? '', mimeType: blob.contentType ?? 'application/octet-stream', bytes: blob.bytes };
}
