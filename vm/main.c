// main.c: the `ftpy` command line.
//
//   ftpy [-X gil=0|1] [--dis] [-c cmd | script.py | -] [args]
//   ftpy -V | --version | -h | --help
//   ftpy < script.py
//   ftpy [-i]                      the interactive prompt
//   ftpy --report                  a report on this build
//
// With no script and a terminal on stdin, ftpy opens the interactive
// prompt; -i opens it after the script (or on any stdin).
//
// The GIL mode comes from -X gil, else PYTHON_GIL, else the build's
// default (off in the free-threaded build, always on in the classic one),
// with CPython 3.13t's rules and messages.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "alloc/alloc.h"
#include "config.h"
#include "vm/interp.h"
#include "vm/report.h"
#include "vm/run.h"
#include "vm/thread.h"

static const char usage[] =
    "usage: ftpy [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd   program passed in as string\n"
    "  --dis    print the bytecode instead of running the program\n"
    "  -i       inspect interactively after running the script\n"
    "  --report print a report on this build and a live thread check\n"
    "  -h       print this help message and exit (also --help)\n"
    "  -V       print the version number and exit (also --version)\n"
    "  -X gil=0|1  disable or enable the GIL (free-threaded build only)\n"
    "Environment:\n"
    "  PYTHON_GIL  same as -X gil\n"
    "With no script, ftpy reads the program from stdin; on a terminal it\n"
    "opens the interactive prompt.\n";

typedef struct Options {
    const char *xgil;   // value of -X gil=, or NULL
    const char *script; // NULL: none; "-c": command; "-": stdin
    const char *command;
    bool dis;
    bool interactive; // -i
    bool report;      // --report
    int argc;         // what follows becomes sys.argv
    char **argv;
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
        if (!strcmp(a, "--dis")) {
            opt->dis = true;
            continue;
        }
        if (!strcmp(a, "-i")) {
            opt->interactive = true;
            continue;
        }
        if (!strcmp(a, "--report")) {
            opt->report = true;
            continue;
        }
        if (!strcmp(a, "-c")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the -c option\n%s",
                        usage);
                return 2;
            }
            opt->script = "-c";
            opt->command = argv[i + 1];
            opt->argc = argc - i - 1;
            opt->argv = argv + i + 1;
            opt->argv[0] = "-c";
            return -1;
        }
        if (a[0] == '-' && a[1] != '\0') {
            fprintf(stderr, "Unknown option: %s\n%s", a, usage);
            return 2;
        }
        opt->script = a;
        opt->argc = argc - i;
        opt->argv = argv + i;
        return -1;
    }
    return -1;
}

// The script's path as CPython names __main__'s code: absolute.
static char *absolute_path(const char *path)
{
    char cwd[4096];
    if (path[0] == '/' || getcwd(cwd, sizeof cwd) == NULL)
        return strdup(path);
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *abs = malloc(n);
    snprintf(abs, n, "%s/%s", cwd, path);
    return abs;
}

static int run_file(const char *path, bool dis)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        int err = errno;
        char *abs = absolute_path(path);
        fprintf(stderr, "ftpy: can't open file '%s': [Errno %d] %s\n", abs, err,
                strerror(err));
        free(abs);
        return 2;
    }
    size_t len;
    char *src = run_read_stream(f, &len);
    fclose(f);
    if (src == NULL) {
        fprintf(stderr, "ftpy: can't read file '%s'\n", path);
        return 2;
    }
    char *abs = absolute_path(path);
    int status = run_source(src, len, abs, dis);
    free(abs);
    alloc_free(src);
    return status;
}

static int run_stdin(bool dis)
{
    size_t len;
    char *src = run_read_stream(stdin, &len);
    if (src == NULL)
        return 2;
    int status = run_source(src, len, "<stdin>", dis);
    alloc_free(src);
    return status;
}

static int run_program(const Options *opt)
{
    if (opt->script == NULL && (opt->interactive || isatty(STDIN_FILENO)))
        return repl_run();
    if (opt->script == NULL || !strcmp(opt->script, "-"))
        return run_stdin(opt->dis);
    if (!strcmp(opt->script, "-c"))
        return run_source(opt->command, strlen(opt->command), "<string>",
                          opt->dis);
    return run_file(opt->script, opt->dis);
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
    if (opt.report) {
        status = report_print(stdout, gil_source) ? 0 : 1;
    } else {
        static char *stdin_argv[] = {"", NULL};
        interp_init(opt.argv ? opt.argc : 1, opt.argv ? opt.argv : stdin_argv);
        status = run_program(&opt);
        if (opt.script && opt.interactive && status == 0)
            status = repl_run();
        interp_fini();
    }
    thread_state_delete(ts);
    runtime_fini();
    fflush(NULL);
    return status;
}
