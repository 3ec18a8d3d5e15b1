// builtins_exec.c: exec, eval and compile, with CPython 3.11's rules:
// the caller's globals and locals by default (a snapshot of a function's
// locals), __builtins__ added to a globals dict that lacks it, the
// calling code's `from __future__` features passed on, "<string>" as the
// file name of source text, and CPython's error messages.
//
// Concurrency: nothing of its own; the namespaces are dicts (or, for
// locals, any mapping) that protect themselves.
#include <string.h>

#include "alloc/alloc.h"
#include "vm/args.h"
#include "vm/compile/compiler.h"
#include "vm/eval.h"
#include "vm/exc.h"
#include "vm/frame.h"
#include "vm/interp.h"
#include "vm/modules/builtins_impl.h"
#include "vm/objects/bytearray.h"
#include "vm/objects/bytes.h"
#include "vm/objects/dict.h"
#include "vm/objects/function.h"
#include "vm/objects/str.h"
#include "vm/objects/tuple.h"
#include "vm/objects/type.h"
#include "vm/ops.h"

// PyCF_* flags compile() accepts besides the future features: the
// obsolete CO_NESTED and the ones that change how it compiles (only
// PyCF_ONLY_AST is refused: there is no ast module).
#define CF_NESTED 0x10
#define CF_ONLY_AST 0x400
#define CF_COMPILE_MASK (0x200 | CF_ONLY_AST | 0x1000 | 0x2000 | 0x4000)

// ------------------------------------------------------------ sources

typedef struct Source {
    const char *text;
    size_t len;
    BytesObject *keep; // a bytes object holding the text, or NULL
} Source;

// The text of a str, bytes or bytearray; false (nothing raised) for
// anything else.
static bool source_of(Value v, Source *s)
{
    s->keep = NULL;
    if (value_is_object(v) && value_type(v) == &str_type) {
        StrObject *str = (StrObject *)value_as_object(v);
        s->text = str->data;
        s->len = (size_t)str->size;
        return true;
    }
    BytesObject *b = bytearray_bytes_like(v);
    if (b == NULL)
        return false;
    s->keep = b;
    s->text = b->data;
    s->len = (size_t)b->size;
    return true;
}

static void source_release(Source *s)
{
    refcount_xdec(s->keep ? &s->keep->header : NULL);
}

// The features in force in the calling code, which compiled source
// inherits.
static uint32_t caller_future(void)
{
    Frame *f = thread_current()->frame;
    return f ? f->code->flags & CODE_FUTURE_MASK : 0;
}

// Compiles source text; NULL with SyntaxError raised.
static CodeObject *compile_text(const Source *s, const char *filename,
                                CompileMode mode, uint32_t future)
{
    if (memchr(s->text, '\0', s->len)) {
        SyntaxErrorInfo info = {.no_location = true};
        snprintf(info.message, sizeof info.message,
                 "source code string cannot contain null bytes");
        exception_raise_syntax_error(&info, NULL, 0);
        return NULL;
    }
    // CPython's tokenizer ends the last line of a file with a newline,
    // which SyntaxError.text then shows.
    const char *text = s->text;
    size_t len = s->len;
    char *copy = NULL;
    if (mode != COMPILE_EVAL && len && text[len - 1] != '\n') {
        copy = alloc_raw(len + 1);
        memcpy(copy, text, len);
        copy[len++] = '\n';
        text = copy;
    }
    SyntaxErrorInfo err;
    CodeObject *code = compile_string(text, len, filename, mode, future, &err);
    if (code == NULL)
        exception_raise_syntax_error(&err, text, len);
    alloc_free(copy);
    return code;
}

// Argument Clinic's message for a keyword the function does not take.
static bool keywords_known(const char *fname, Object *kwnames,
                           const char *const *known)
{
    TupleObject *names = (TupleObject *)kwnames;
    for (int64_t i = 0; names && i < names->size; i++) {
        const char *name =
            ((StrObject *)value_as_object(names->items[i]))->data;
        size_t k = 0;
        while (known[k] && strcmp(known[k], name) != 0)
            k++;
        if (known[k] == NULL) {
            exc_raise_format(&exc_TypeError,
                             "'%s' is an invalid keyword argument for %s()",
                             name, fname);
            return false;
        }
    }
    return true;
}

// ------------------------------------------------------------ namespaces

static bool is_mapping(Value v)
{
    return value_type(v)->getitem != NULL;
}

static bool is_dict(Value v)
{
    return value_is_object(v) && value_isinstance(v, &dict_type);
}

typedef struct Namespaces {
    Value globals, locals; // new references
} Namespaces;

// None for globals means the caller's globals and, unless given, its
// locals; None for locals alone means the globals.
static bool default_namespaces(Value g, Value l, Namespaces *ns)
{
    Frame *caller = thread_current()->frame;
    if (!value_is_none(g)) {
        value_incref(g);
        ns->globals = g;
        value_incref(value_is_none(l) ? g : l);
        ns->locals = value_is_none(l) ? g : l;
        return true;
    }
    if (caller == NULL) {
        exc_raise_format(&exc_SystemError, "globals and locals cannot be NULL");
        return false;
    }
    ns->globals = value_new_ref(caller->globals);
    if (value_is_none(l)) {
        ns->locals = frame_locals_dict(caller);
    } else {
        value_incref(l);
        ns->locals = l;
    }
    return true;
}

static void namespaces_release(Namespaces *ns)
{
    value_decref(ns->globals);
    value_decref(ns->locals);
}

// The builtins the code will see: globals['__builtins__'] (a module's
// dict, or a dict), added from the caller's when missing. Borrowed from
// the globals, the caller or the interpreter.
static Object *builtins_for(Value globals)
{
    Frame *caller = thread_current()->frame;
    Object *dflt = caller ? caller->builtins : interp.builtins->dict;
    DictObject *g = (DictObject *)value_as_object(globals);
    Value key = value_new_ref(&str_intern_cstr("__builtins__")->header), b;
    int r = dict_get(g, key, &b);
    if (r < 0)
        return NULL;
    if (r == 0) {
        value_incref(key);
        if (dict_set(g, key, value_new_ref(dflt)) < 0)
            return NULL;
        return dflt;
    }
    Object *found = NULL;
    if (value_type(b) == &module_type)
        found = ((ModuleObject *)value_as_object(b))->dict;
    else if (is_dict(b))
        found = value_as_object(b);
    // The dict stays alive in the globals (a module keeps its own).
    value_decref(b);
    return found ? found : dflt;
}

// exec's closure=: a tuple of exactly one cell per free variable of a
// code object (CPython 3.11's checks and messages). VALUE_NULL: none.
static bool closure_ok(CodeObject *code, Value closure)
{
    if (code->nfrees == 0) {
        if (closure == VALUE_NULL)
            return true;
        exc_raise_format(&exc_TypeError,
                         "cannot use a closure with this code object");
        return false;
    }
    TupleObject *t = closure && value_type(closure) == &tuple_type
                         ? (TupleObject *)value_as_object(closure)
                         : NULL;
    bool ok = t && t->size == code->nfrees;
    for (int64_t i = 0; ok && i < t->size; i++)
        ok = value_is_object(t->items[i]) &&
             value_type(t->items[i]) == &cell_type;
    if (!ok)
        exc_raise_format(&exc_TypeError,
                         "code object requires a closure of exactly length %u",
                         code->nfrees);
    return ok;
}

// Runs `code` in the namespaces: a function's code object runs as a
// call without arguments (fast locals, its cells made, `closure` its
// free variables), anything else with `locals` as its namespace.
static Value run_code(const char *fname, CodeObject *code, Namespaces *ns,
                      Value closure)
{
    if (code->nfrees && closure == VALUE_NULL) {
        exc_raise_format(&exc_TypeError,
                         "code object passed to %s() may not contain free "
                         "variables",
                         fname);
        return VALUE_NULL;
    }
    Object *builtins = builtins_for(ns->globals);
    if (builtins == NULL)
        return VALUE_NULL;
    Object *globals = value_as_object(ns->globals);
    if (!(code->flags & CODE_FLAG_NEWLOCALS) && code->ncells == 0 &&
        code->nfrees == 0)
        return eval_code(code, globals, builtins, value_as_object(ns->locals));
    FunctionObject *fn = function_new(code, globals, builtins);
    if (closure) {
        refcount_inc(value_as_object(closure));
        fn->closure = (TupleObject *)value_as_object(closure);
    }
    Value r = op_call((Value)&fn->header, NULL, 0, NULL);
    refcount_dec(&fn->header);
    return r;
}

// ------------------------------------------------------------ exec, eval

Value builtin_exec(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    Value a[4];
    if (nargs == 0) {
        exc_raise_format(&exc_TypeError,
                         "exec() takes at least 1 positional argument (0 "
                         "given)");
        return VALUE_NULL;
    }
    static const char *const known[] = {"closure", NULL};
    if (!keywords_known("exec", kwnames, known) ||
        !args_parse("exec", args, nargs, kwnames,
                    "source,globals,locals,$closure", 3, 1, a))
        return VALUE_NULL;
    Value g = a[1] ? a[1] : VALUE_NONE, l = a[2] ? a[2] : VALUE_NONE;
    Value closure = a[3] && !value_is_none(a[3]) ? a[3] : VALUE_NULL;
    bool is_code = value_type(a[0]) == &code_type;
    if (closure && !is_code) {
        exc_raise_format(&exc_TypeError, "closure can only be used when "
                                         "source is a code object");
        return VALUE_NULL;
    }
    if (is_code && !closure_ok((CodeObject *)value_as_object(a[0]), closure))
        return VALUE_NULL;
    Namespaces ns;
    if (!default_namespaces(g, l, &ns))
        return VALUE_NULL;
    Value r = VALUE_NULL;
    Source src;
    if (!is_dict(ns.globals))
        exc_raise_format(&exc_TypeError,
                         "exec() globals must be a dict, not %s",
                         value_type(ns.globals)->name);
    else if (!is_mapping(ns.locals))
        exc_raise_format(&exc_TypeError,
                         "locals must be a mapping or None, not %s",
                         value_type(ns.locals)->name);
    else if (is_code)
        r = run_code("exec", (CodeObject *)value_as_object(a[0]), &ns, closure);
    else if (!source_of(a[0], &src))
        exc_raise_format(&exc_TypeError,
                         "exec() arg 1 must be a string, bytes or code object");
    else {
        CodeObject *code =
            compile_text(&src, "<string>", COMPILE_EXEC, caller_future());
        source_release(&src);
        if (code) {
            r = run_code("exec", code, &ns, VALUE_NULL);
            refcount_dec(&code->header);
        }
    }
    namespaces_release(&ns);
    if (r == VALUE_NULL)
        return VALUE_NULL;
    value_decref(r);
    return VALUE_NONE;
}

// eval strips leading spaces and tabs from source text (not newlines).
static Value eval_source(Value v, Namespaces *ns)
{
    Source src;
    if (!source_of(v, &src)) {
        exc_raise_format(&exc_TypeError,
                         "eval() arg 1 must be a string, bytes or code object");
        return VALUE_NULL;
    }
    while (src.len && (*src.text == ' ' || *src.text == '\t')) {
        src.text++;
        src.len--;
    }
    CodeObject *code =
        compile_text(&src, "<string>", COMPILE_EVAL, caller_future());
    source_release(&src);
    if (code == NULL)
        return VALUE_NULL;
    Value r = run_code("eval", code, ns, VALUE_NULL);
    refcount_dec(&code->header);
    return r;
}

Value builtin_eval(Value self, const Value *args, size_t nargs, Object *kwnames)
{
    if (!args_positional("eval", nargs, kwnames, 1, 3))
        return VALUE_NULL;
    Value g = nargs > 1 ? args[1] : VALUE_NONE;
    Value l = nargs > 2 ? args[2] : VALUE_NONE;
    if (!value_is_none(l) && !is_mapping(l)) {
        exc_raise_format(&exc_TypeError, "locals must be a mapping");
        return VALUE_NULL;
    }
    if (!value_is_none(g) && !is_dict(g)) {
        exc_raise_format(&exc_TypeError,
                         is_mapping(g) ? "globals must be a real dict; try "
                                         "eval(expr, {}, mapping)"
                                       : "globals must be a dict");
        return VALUE_NULL;
    }
    Namespaces ns;
    if (!default_namespaces(g, l, &ns))
        return VALUE_NULL;
    Value r = value_type(args[0]) == &code_type
                  ? run_code("eval", (CodeObject *)value_as_object(args[0]),
                             &ns, VALUE_NULL)
                  : eval_source(args[0], &ns);
    namespaces_release(&ns);
    return r;
}

// ------------------------------------------------------------ compile

// compile()'s filename: str, bytes or an os.PathLike; a new str.
static StrObject *filename_of(Value v)
{
    if (value_is_object(v) && value_type(v) == &str_type) {
        refcount_inc(value_as_object(v));
        return (StrObject *)value_as_object(v);
    }
    if (bytes_check(v)) {
        BytesObject *b = bytes_of(v);
        return str_from_trusted_utf8(b->data, b->size);
    }
    Value fspath;
    if (op_lookup_attr(v, str_intern_cstr("__fspath__"), &fspath) == 1) {
        Value r = op_call(fspath, NULL, 0, NULL);
        value_decref(fspath);
        StrObject *s = r != VALUE_NULL ? filename_of(r) : NULL;
        value_decref(r);
        return s;
    }
    if (!exc_occurred())
        exc_raise_format(&exc_TypeError,
                         "expected str, bytes or os.PathLike object, not %s",
                         value_type(v)->name);
    return NULL;
}

static bool mode_of(Value v, CompileMode *mode)
{
    if (!value_is_object(v) || value_type(v) != &str_type) {
        exc_raise_format(&exc_TypeError,
                         "compile() argument 'mode' must be str, not %s",
                         value_type(v)->name);
        return false;
    }
    const char *m = ((StrObject *)value_as_object(v))->data;
    if (strcmp(m, "exec") == 0)
        *mode = COMPILE_EXEC;
    else if (strcmp(m, "eval") == 0)
        *mode = COMPILE_EVAL;
    else if (strcmp(m, "single") == 0)
        *mode = COMPILE_SINGLE;
    else {
        exc_raise_format(&exc_ValueError,
                         "compile() mode must be 'exec', 'eval' or 'single'");
        return false;
    }
    return true;
}

// flags, dont_inherit and optimize: the future features to compile with.
static bool compile_options(const Value *a, uint32_t *future)
{
    int64_t flags = 0, optimize = -1;
    if ((a[3] && !value_as_index(a[3], &flags)) ||
        (a[5] && !value_as_index(a[5], &optimize)))
        return false;
    if (flags & ~(int64_t)(CODE_FUTURE_MASK | CF_NESTED | CF_COMPILE_MASK)) {
        exc_raise_format(&exc_ValueError, "compile(): unrecognised flags");
        return false;
    }
    if (optimize < -1 || optimize > 2) {
        exc_raise_format(&exc_ValueError, "compile(): invalid optimize value");
        return false;
    }
    if (flags & CF_ONLY_AST) {
        exc_raise_format(&exc_ValueError,
                         "compile(): PyCF_ONLY_AST is not supported (there "
                         "is no ast module)");
        return false;
    }
    int inherit = a[4] ? op_truth(a[4]) : 0;
    if (inherit < 0)
        return false;
    *future = (uint32_t)flags & CODE_FUTURE_MASK;
    if (!inherit)
        *future |= caller_future();
    return true;
}

Value builtin_compile(Value self, const Value *args, size_t nargs,
                      Object *kwnames)
{
    Value a[7];
    static const char *const known[] = {
        "source",   "filename",         "mode", "flags", "dont_inherit",
        "optimize", "_feature_version", NULL};
    if (!keywords_known("compile", kwnames, known) ||
        !args_parse("compile", args, nargs, kwnames,
                    "source,filename,mode,flags,dont_inherit,optimize,"
                    "$_feature_version",
                    0, 3, a))
        return VALUE_NULL;
    CompileMode mode;
    uint32_t future;
    Source src;
    if (!source_of(a[0], &src)) {
        exc_raise_format(&exc_TypeError,
                         "compile() arg 1 must be a string, bytes or AST "
                         "object");
        return VALUE_NULL;
    }
    StrObject *filename = filename_of(a[1]);
    CodeObject *code = NULL;
    if (filename && mode_of(a[2], &mode) && compile_options(a, &future))
        code = compile_text(&src, filename->data, mode, future);
    source_release(&src);
    refcount_xdec(filename ? &filename->header : NULL);
    return code ? value_steal(&code->header) : VALUE_NULL;
}
