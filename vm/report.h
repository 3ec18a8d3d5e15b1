// report.h: the self-report `ftpy` prints when run with no script: what
// this build is, and a live check of the thread protocol (two threads
// sharing one object while the main thread stops the world).
#ifndef FTPY_VM_REPORT_H
#define FTPY_VM_REPORT_H

#include <stdbool.h>
#include <stdio.h>

// Prints the report to `out`; returns false if the live check failed.
// The calling thread must be attached.
bool report_print(FILE *out, const char *gil_source);

#endif // FTPY_VM_REPORT_H
