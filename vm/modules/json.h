// json.h: the json module (vm/modules/json.c: the module, dumps/dump,
// loads/load and json.JSONDecodeError; json_encode.c: the encoder;
// json_decode.c: the decoder). Output and errors follow CPython 3.11's
// json package (its C accelerator and the pure-Python indent path).
//
// Thread safety: no shared state; every call works on its own buffers.
// Containers being encoded may change meanwhile: lists are encoded from
// a snapshot, dicts through dict_next (which never crashes on change).
#ifndef FTPY_VM_MODULES_JSON_H
#define FTPY_VM_MODULES_JSON_H

#include <stdbool.h>
#include <stdint.h>

#include "vm/object.h"
#include "vm/objects/str.h"
#include "vm/value.h"

// json.JSONDecodeError (a ValueError) with msg, doc, pos, lineno, colno.
extern TypeObject exc_JSONDecodeError;

// The encoder's options (borrowed references).
typedef struct JsonEncodeOptions {
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    StrObject *indent;   // NULL: compact (no newlines)
    StrObject *item_sep; // ", " or "," by default
    StrObject *key_sep;  // ": "
    Value default_fn;    // VALUE_NULL: none
} JsonEncodeOptions;

// json.dumps(obj) with the given options: a new str, or NULL.
StrObject *json_encode(Value obj, const JsonEncodeOptions *opts);

// The decoder's hooks (borrowed; VALUE_NULL for none).
typedef struct JsonDecodeOptions {
    Value object_hook, object_pairs_hook;
    Value parse_float, parse_int, parse_constant;
} JsonDecodeOptions;

// json.loads(doc) for a str document: the value, or VALUE_NULL with
// JSONDecodeError (or an error a hook raised).
Value json_decode(StrObject *doc, const JsonDecodeOptions *opts);

#endif // FTPY_VM_MODULES_JSON_H
