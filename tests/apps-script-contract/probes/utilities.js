// Contract probes for Utilities: dates, strings, base64, digests and blobs.

// formatDate(date, timeZone, format): "Formats date according to specification described in Java SE
// SimpleDateFormat class", in the given time zone.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
function probe_utilities_formatDateInUtc() {
  var d = new Date(Date.UTC(2026, 0, 15, 10, 30, 5));
  assertEqual_(Utilities.formatDate(d, 'UTC', "yyyy-MM-dd'T'HH:mm:ss"), '2026-01-15T10:30:05', 'formatDate in UTC');
}

// formatDate in a named zone: Paris is UTC+1 in January and UTC+2 in July (daylight saving time).
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
function probe_utilities_formatDateFollowsZoneAndDst() {
  var winter = Utilities.formatDate(new Date(Date.UTC(2026, 0, 15, 10, 30)), 'Europe/Paris', 'HH:mm');
  var summer = Utilities.formatDate(new Date(Date.UTC(2026, 6, 15, 10, 30)), 'Europe/Paris', 'HH:mm');
  assertEqual_([winter, summer], ['11:30', '12:30'], 'Paris time of 10:30 UTC in January and July');
}

// SimpleDateFormat letters: EEEE is the day name, MMMM the month name, dd/MM/yy padded numbers.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
function probe_utilities_formatDateNames() {
  var d = new Date(Date.UTC(2026, 0, 15, 12, 0));
  assertEqual_(Utilities.formatDate(d, 'UTC', 'EEEE d MMMM yyyy, dd/MM/yy'), 'Thursday 15 January 2026, 15/01/26', 'formatDate with names');
}

// formatDate with a quoted literal: text between single quotes is copied as is.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
function probe_utilities_formatDateQuotedText() {
  var d = new Date(Date.UTC(2026, 0, 15, 9, 5));
  assertEqual_(Utilities.formatDate(d, 'UTC', "H'h'mm"), '9h05', "formatDate with H'h'mm");
}

// base64Encode(data): "Generates a base-64 encoded string from the given string."
// https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String)
function probe_utilities_base64EncodeString() {
  assertEqual_(Utilities.base64Encode('Hello, World!'), 'SGVsbG8sIFdvcmxkIQ==', 'base64Encode("Hello, World!")');
}

// base64Decode(encoded): "Decodes a base-64 encoded string into a UTF-8 byte array."
// https://developers.google.com/apps-script/reference/utilities/utilities#base64Decode(String)
function probe_utilities_base64DecodeBytes() {
  var bytes = Utilities.base64Decode('SGk=');
  assertEqual_([bytes.length, bytes[0], bytes[1], Utilities.newBlob(bytes).getDataAsString()], [2, 72, 105, 'Hi'], 'base64Decode("SGk=")');
}

// base64EncodeWebSafe(data): the web-safe alphabet uses - and _ instead of + and /.
// https://developers.google.com/apps-script/reference/utilities/utilities#base64EncodeWebSafe(String)
function probe_utilities_base64WebSafeAlphabet() {
  var bytes = [-5, -1];
  assertEqual_([Utilities.base64Encode(bytes), Utilities.base64EncodeWebSafe(bytes)], ['+/8=', '-_8='], 'standard and web-safe encodings of 0xFB 0xFF');
}

// computeDigest(algorithm, value): "Compute a digest using the specified algorithm"; a Byte[] of signed
// bytes (-128 to 127). MD5 of "abc" is 900150983cd24fb0d6963f7d28e17f72.
// https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
function probe_utilities_md5Digest() {
  var bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
  assertEqual_([bytes.length, bytes[0], hex_(bytes)], [16, -112, '900150983cd24fb0d6963f7d28e17f72'], '[length, first byte, hex] of MD5("abc")');
}

// computeDigest(SHA_256, value): 32 bytes; SHA-256 of "abc" is ba7816bf…f20015ad.
// https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
function probe_utilities_sha256Digest() {
  var bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
  assertEqual_(hex_(bytes), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'hex of SHA-256("abc")');
}

/** Lower-case hex of signed bytes. */
function hex_(bytes) {
  return bytes.map(function (b) { return ('0' + ((b + 256) % 256).toString(16)).slice(-2); }).join('');
}

// newBlob(data, contentType, name): "Create a new Blob object from a string, content type, and name."
// https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(String,String,String)
function probe_utilities_newBlobKeepsTypeAndName() {
  var blob = Utilities.newBlob('a;b', 'text/csv', 'order.csv');
  assertEqual_([blob.getDataAsString(), blob.getContentType(), blob.getName()], ['a;b', 'text/csv', 'order.csv'], '[data, content type, name]');
}

// A blob of a string holds its UTF-8 bytes: "é" is two bytes.
// https://developers.google.com/apps-script/reference/base/blob#getBytes()
function probe_utilities_blobBytesAreUtf8() {
  assertEqual_(Utilities.newBlob('é').getBytes(), [-61, -87], 'getBytes() of "é"');
}

// formatString(template, args): "Performs sprintf-like string formatting using '%'-style format strings."
// https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
function probe_utilities_formatStringSubstitutes() {
  assertEqual_(Utilities.formatString('%s has %d cases', 'Ann', 3), 'Ann has 3 cases', 'formatString with %s and %d');
}

// formatString with a precision: %.2f rounds to two decimals; %% is a percent sign.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatString(String,Object...)
function probe_utilities_formatStringPrecision() {
  assertEqual_(Utilities.formatString('%.2f %%', 3.14159), '3.14 %', 'formatString("%.2f %%", 3.14159)');
}

// getUuid(): "Get a UUID as a string (equivalent to using the java.util.UUID.randomUUID() method)":
// a version 4 UUID, 36 characters.
// https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
function probe_utilities_uuidIsVersion4() {
  var id = Utilities.getUuid();
  assertTrue_(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), 'getUuid() is not a version 4 UUID: ' + id);
}
