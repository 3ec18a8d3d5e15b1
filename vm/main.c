// main.c: the `ftpy` command line.
//
//   ftpy [-X gil=0|1] [-c cmd | script.py | -] [args]
//   ftpy -V | --version | -h | --help
//
// The GIL mode comes from -X gil, else PYTHON_GIL, else the build's
// default (off in the free-threaded build, always on in the classic one),
// with CPython 3.13t's rules and messages.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "vm/report.h"
#include "vm/thread.h"

static const char usage[] =
    "usage: ftpy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd   program passed in as string\n"
    "  -h       print this help message and exit (also --help)\n"
    "  -V       print the version number and exit (also --version)\n"
    "  -X gil=0|1  disable or enable the GIL (free-threaded build only)\n"
    "Environment:\n"
    "  PYTHON_GIL  same as -X gil\n"
    "With no script, ftpy prints a report on this build.\n";

typedef struct Options {
    const char *xgil;   // value of -X gil=, or NULL
    const char *script; // NULL: none; "-c": command
    const char *command;
} Options;

static void fatal(const char *msg)
{
    fprintf(stderr, "Fatal Python error: config_read_gil: %s\n", msg);
    exit(1);
}

// Decides the GIL mode; returns a description of where it came from.
static const char *read_gil(const Options *opt, bool *enabled)
{
    const char *v = opt->xgil, *source = "-X gil";
    if (v == NULL) {
        v = getenv("PYTHON_GIL");
        source = "PYTHON_GIL";
    }
#ifdef FTPY_FREE_THREADING
    *enabled = false;
#else
    *enabled = true;
#endif
    if (v == NULL || *v == '\0')
        return "build default";
    if (strcmp(v, "0") != 0 && strcmp(v, "1") != 0)
        fatal(opt->xgil ? "-X gil must be \"0\" or \"1\""
                        : "PYTHON_GIL must be \"0\" or \"1\"");
#ifndef FTPY_FREE_THREADING
    if (strcmp(v, "0") == 0)
        fatal("Disabling the GIL is not supported by this build");
#endif
    *enabled = strcmp(v, "1") == 0;
    return source;
}

// Returns -1 to go on, else an exit status.
static int parse_args(int argc, char **argv, Options *opt)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-V") || !strcmp(a, "--version")) {
            printf("ftpy %s\n", PACKAGE_VERSION);
            return 0;
        }
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        }
        if (!strcmp(a, "-X") && i + 1 < argc) {
            const char *x = argv[++i];
            if (!strncmp(x, "gil=", 4))
                opt->xgil = x + 4;
            continue;
        }
        if (!strcmp(a, "-c") && i + 1 < argc) {
            opt->script = "-c";
            opt->command = argv[i + 1];
            return -1;
        }
        if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "Unknown option: %s\n%s", a, usage);
            return 2;
        }
        opt->script = a;
        return -1;
    }
    return -1;
}

// Scripts need the bytecode interpreter, which this build does not have
// yet; give the same message CPython gives for a missing file.
static int run_script(const Options *opt)
{
    if (strcmp(opt->script, "-c") != 0 && strcmp(opt->script, "-") != 0) {
        FILE *f = fopen(opt->script, "rb");
        if (f == NULL) {
            int err = errno;
            fprintf(stderr, "ftpy: can't open file '%s': [Errno %d] %s\n",
                    opt->script, err, strerror(err));
            return 2;
        }
        fclose(f);
    }
    fprintf(stderr, "ftpy: this build has no bytecode interpreter yet; "
                    "run ftpy with no arguments for its self-report\n");
    return 2;
}

int main(int argc, char **argv)
{
    Options opt = {0};
    int status = parse_args(argc, argv, &opt);
    if (status >= 0)
        return status;
    RuntimeConfig config = {0};
    const char *gil_source = read_gil(&opt, &config.gil_enabled);
    runtime_init(&config);
    ThreadState *ts = thread_state_new();
    thread_attach(ts);
    if (opt.script)
        status = run_script(&opt);
    else
        status = report_print(stdout, gil_source) ? 0 : 1;
    thread_state_delete(ts);
    runtime_fini();
    fflush(NULL);
    return status;
}
