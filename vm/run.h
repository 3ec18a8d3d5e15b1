// run.h: running a program as __main__: compile, execute, and turn the
// outcome into an exit status the way CPython does (0; 1 after printing
// an uncaught exception or a syntax error; SystemExit's code).
#ifndef FTPY_VM_RUN_H
#define FTPY_VM_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

// Runs `src` (UTF-8 text) named `filename` in a fresh __main__ module.
// `dis` prints the bytecode instead of running it.
int run_source(const char *src, size_t len, const char *filename, bool dis);

// A fresh __main__ module registered in sys.modules (the caller owns a
// reference).
struct ModuleObject;
struct ModuleObject *run_main_module(const char *filename);
// Handles the pending exception of a failed run: SystemExit gives its
// status; anything else is printed (traceback) and gives 1.
int run_report_exception(void);
// sys.stdout.flush() and sys.stderr.flush(), errors ignored.
void run_flush_streams(void);

// The interactive prompt (vm/repl.c): reads statements from stdin until
// EOF or exit(); returns the exit status.
int repl_run(void);

// Reads a whole stream (a script file, or stdin for `ftpy -`); NULL when
// unreadable.
char *run_read_stream(FILE *f, size_t *len);

#endif // FTPY_VM_RUN_H
