// file.h: file objects, as open() returns them: a text file
// (_io.TextIOWrapper: str in and out, encoded with a codec of
// vm/objects/codec.h, universal newlines on read) and binary files
// (_io.BufferedReader / BufferedWriter / BufferedRandom: bytes in and
// out). Both wrap a C stdio FILE.
//
// Methods: read(size=-1) readline(size=-1) readlines() write(s) (returns
// the characters or bytes written) writelines(lines) close() flush()
// seek(offset, whence=0) tell() readable() writable() seekable() fileno()
// __enter__() __exit__(*exc) and iteration over lines; getsets closed,
// name, mode (and encoding for text). Errors follow CPython: ValueError
// "I/O operation on closed file.", FileNotFoundError "[Errno 2] No such
// file or directory: 'x'" (the message only: exceptions carry no errno or
// filename attribute yet), io.UnsupportedOperation "not readable" /
// "not writable" (derived from OSError only: see exception.h).
//
// Concurrency: every operation runs inside the file object's critical
// section (CRITICAL_BEGIN on the file), so threads sharing a file see
// each call happen whole and never a FILE closed under them. Reads of the
// standard streams (which the object does not own and never fclose) also
// detach the thread while they block, so a thread waiting on stdin does
// not hold up stop-the-world; stdio's own lock keeps the FILE consistent.
#ifndef FTPY_VM_OBJECTS_FILE_H
#define FTPY_VM_OBJECTS_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "vm/objects/str.h"
#include "vm/value.h"

typedef struct FileObject {
    ObjHeader header;
    FILE *fp;     // NULL once closed
    Value name;   // the path as given (a str), or an int for fds
    char mode[8]; // as `mode` shows it: "r", "rt", "rb", "rb+", ...
    bool binary, readable, writable;
    bool owns_fp;   // false for the standard streams: close() only marks
    int codec;      // Codec (text files)
    char *errors;   // the error handler name (text files)
    char *encoding; // as given, shown by repr ("UTF-8" by default)
    char newline;   // 0: universal (None); 'n': '' or '\n'; 'r': '\r';
                    // 'R': '\r\n'
} FileObject;

extern TypeObject textio_type;          // TextIOWrapper
extern TypeObject buffered_reader_type; // BufferedReader
extern TypeObject buffered_writer_type; // BufferedWriter
extern TypeObject buffered_random_type; // BufferedRandom

// builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None) in the CallFn convention.
Value file_open(const Value *args, size_t nargs, Object *kwnames);
// A text file over an already open stdio stream (sys.stdin/stdout/
// stderr); closing it does not fclose `fp`. `mode` is "r" or "w".
Value file_from_fd_stdio(FILE *fp, const char *name, const char *mode);
// Fast paths for print(): file.write(s) and file.flush() on any object,
// direct for text files and through the methods otherwise. 0 or -1.
int file_write_str(Value file, StrObject *s);
int file_flush(Value file);

#endif // FTPY_VM_OBJECTS_FILE_H
