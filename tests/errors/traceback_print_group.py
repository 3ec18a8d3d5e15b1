# traceback.print_exc() of an exception group prints the group's frame as
# the uncaught group does, through the same formatter; the two differ only
# where CPython 3.11's own printers do (the "[Previous line repeated"
# line and a SyntaxError's source and carets take the margin in the
# module's text, not in the interpreter's).
import sys
import traceback


def recurse(n):
    if n == 0:
        raise ValueError("deep")
    recurse(n - 1)


def parts():
    excs = []
    for i in range(2):
        try:
            if i == 1:
                recurse(5)
            raise TypeError(f"t{i}")
        except Exception as e:
            excs.append(e)
    try:
        raise KeyError("k")
    except KeyError as k:
        excs.append(ExceptionGroup("inner", [k, OSError("no")]))
    excs.append(SyntaxError("invalid syntax",
                            ("x.py", 4, 11, "#   x = (1 +* 2)\n", 4, 13)))
    e = ValueError("noted")
    e.add_note("note one\nline two")
    excs.append(e)
    return excs


try:
    try:
        raise RuntimeError("before")
    except RuntimeError:
        raise ExceptionGroup("outer", parts())
except ExceptionGroup as g:
    traceback.print_exc()
    print("--- format_exception chunks", file=sys.stderr)
    for chunk in traceback.format_exception(g, chain=False):
        print(repr(chunk), file=sys.stderr)
    print("--- limit=1, max_group_width=2, max_group_depth=1", file=sys.stderr)
    te = traceback.TracebackException.from_exception(
        g, limit=1, max_group_width=2, max_group_depth=1)
    print("".join(te.format(chain=False)), file=sys.stderr, end="")
    print("--- max_group_depth=0", file=sys.stderr)
    te = traceback.TracebackException.from_exception(g, max_group_depth=0)
    print("".join(te.format(chain=False)), file=sys.stderr, end="")
    print(len(te.exceptions), te.exceptions[2].exc_type.__name__,
          len(te.exceptions[2].exceptions))
    print("--- uncaught", file=sys.stderr)
    raise
