// codec.h: the text encodings str.encode, bytes.decode, str(b, enc) and
// open() use: UTF-8, ASCII and Latin-1, with Python's error handlers
// ('strict', 'ignore', 'replace', 'backslashreplace'; for encoding also
// 'xmlcharrefreplace'; 'surrogateescape' and 'surrogatepass' for UTF-8)
// and CPython's error messages:
//   UnicodeEncodeError "'ascii' codec can't encode character '\xe9' in
//     position 0: ordinal not in range(128)"
//   UnicodeDecodeError "'utf-8' codec can't decode byte 0xff in position
//     0: invalid start byte"
//   LookupError "unknown encoding: foo", "unknown error handler name 'x'"
// Encoding names are matched as Python normalises them ("UTF8", "utf_8",
// "latin1", "ISO-8859-1", "us-ascii", ...).
//
// The Unicode exceptions carry CPython's five arguments and attributes
// (encoding, object, start, end, reason; see exception_raise_unicode).
//
// Concurrency: pure functions.
#ifndef FTPY_VM_OBJECTS_CODEC_H
#define FTPY_VM_OBJECTS_CODEC_H

#include <stdint.h>

#include "vm/objects/bytes.h"
#include "vm/objects/str.h"

typedef enum Codec { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

// The codec named `name`, or -1 with LookupError.
int codec_lookup(const char *name);
// Python's name for the codec in messages and file reprs: "utf-8",
// "ascii", "latin-1".
const char *codec_name(Codec c);

// s.encode(encoding, errors); errors NULL means "strict".
BytesObject *codec_encode(const StrObject *s, const char *encoding,
                          const char *errors);
// bytes.decode(encoding, errors) of data[0, size).
StrObject *codec_decode(const char *data, int64_t size, const char *encoding,
                        const char *errors);

#endif // FTPY_VM_OBJECTS_CODEC_H
