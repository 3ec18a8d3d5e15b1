// repl.c: the interactive prompt (`ftpy` on a terminal, or `ftpy -i`):
// CPython's >>> / ... prompts, expression values echoed with repr, errors
// printed without leaving the prompt, line editing and history through
// libedit when the build has it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc/alloc.h"
#include "config.h"
#include "vm/compile/compiler.h"
#include "vm/errors.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/interp.h"
#include "vm/objects/str.h"
#include "vm/objects/strbuf.h"
#include "vm/run.h"

#ifdef FTPY_HAVE_LIBEDIT
#include <editline/readline.h>
#endif

// One line without its newline (the caller frees it), or NULL at EOF.
static char *read_line(const char *prompt, bool tty)
{
#ifdef FTPY_HAVE_LIBEDIT
    if (tty) {
        char *line = readline(prompt);
        if (line && *line)
            add_history(line);
        return line;
    }
#endif
    fputs(prompt, stderr); // CPython prompts on stderr
    fflush(stderr);
    StrBuf b;
    strbuf_init(&b);
    int ch;
    while ((ch = getchar()) != EOF && ch != '\n')
        strbuf_append_char(&b, (char)ch);
    if (ch == EOF && b.size == 0) {
        strbuf_discard(&b);
        return NULL;
    }
    char *line = malloc(b.size + 1);
    memcpy(line, b.data, b.size);
    line[b.size] = '\0';
    strbuf_discard(&b);
    return line;
}

// Whether a compile error only means "the statement is not finished".
static bool incomplete(const SyntaxErrorInfo *err)
{
    static const char *const hints[] = {
        "was never closed", "unterminated triple-quoted",
        "expected an indented block", "unexpected EOF"};
    for (size_t i = 0; i < sizeof hints / sizeof *hints; i++)
        if (strstr(err->message, hints[i]))
            return true;
    return false;
}

static bool opens_block(const char *line)
{
    size_t n = strlen(line);
    while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        n--;
    return n && line[n - 1] == ':';
}

// Runs one entry. `future`: the features earlier entries imported from
// __future__, which stay in force for the later ones (as in CPython).
static void run_entry(StrBuf *src, ModuleObject *m, uint32_t *future,
                      int *status, bool *stop)
{
    SyntaxErrorInfo err;
    CodeObject *code = compile_string(src->data, src->size, "<stdin>",
                                      COMPILE_SINGLE, *future, &err);
    if (code == NULL) {
        errors_print_syntax_error(stderr, &err, src->data, src->size);
        return;
    }
    *future |= code->flags & CODE_FUTURE_MASK;
    Value r = eval_module(code, m->dict, interp.builtins->dict);
    refcount_dec(&code->header);
    if (r == VALUE_NULL) {
        if (exc_matches(&exc_SystemExit)) {
            *status = run_report_exception();
            *stop = true;
        } else {
            run_report_exception();
        }
    }
    value_decref(r);
    run_flush_streams();
}

int repl_run(void)
{
    bool tty = isatty(STDIN_FILENO);
    fprintf(stderr,
            "ftpy %s (%s build) on linux\n"
            "Type exit() or Ctrl-D to leave.\n",
            PACKAGE_VERSION, FTPY_BUILD_KIND);
    ModuleObject *m = run_main_module("<stdin>");
    int status = 0;
    uint32_t future = 0;
    bool stop = false;
    while (!stop) {
        char *line = read_line(">>> ", tty);
        if (line == NULL) {
            fputc('\n', stderr);
            break;
        }
        StrBuf src;
        strbuf_init(&src);
        strbuf_append_cstr(&src, line);
        strbuf_append_char(&src, '\n');
        bool block = opens_block(line);
        free(line);
        for (;;) {
            SyntaxErrorInfo err;
            if (!block) {
                CodeObject *probe =
                    compile_interactive(src.data, src.size, "<stdin>", &err);
                if (probe) {
                    refcount_dec(&probe->header);
                    break;
                }
                if (!incomplete(&err))
                    break;
            }
            char *more = read_line("... ", tty);
            if (more == NULL || (block && *more == '\0')) {
                free(more);
                break;
            }
            strbuf_append_cstr(&src, more);
            strbuf_append_char(&src, '\n');
            free(more);
        }
        if (src.size > 1)
            run_entry(&src, m, &future, &status, &stop);
        strbuf_discard(&src);
    }
    refcount_dec(&m->header);
    return status;
}
