// astdump.c: prints ftpy's AST of each file argument in python3's
// ast.dump() format, or its SyntaxError block. Built on the fly by
// tools/check-ast against a build's libftpy.a; not part of ftpy.
#include <stdio.h>
#include <stdlib.h>

#include "vm/compile/parser.h"

static int dump_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        return 2;
    }
    size_t cap = 1 << 16, len = 0, n;
    char *src = malloc(cap);
    while ((n = fread(src + len, 1, cap - len, f)) > 0)
        if ((len += n) == cap)
            src = realloc(src, cap *= 2);
    fclose(f);
    Arena *a = arena_new();
    SyntaxErrorInfo err;
    Module *m = parse_module(src, len, path, a, &err);
    if (m) {
        ast_dump(stdout, m);
    } else {
        char buf[4096];
        syntax_error_format(&err, src, len, buf, sizeof buf);
        printf("%s(%d, %d, %d, %d)\n%s", syntax_error_kind_name(err.kind),
               err.lineno, err.offset, err.end_lineno, err.end_offset, buf);
    }
    arena_free(a);
    free(src);
    return 0;
}

int main(int argc, char **argv)
{
    int status = 0;
    for (int i = 1; i < argc; i++)
        status |= dump_file(argv[i]);
    return status;
}
