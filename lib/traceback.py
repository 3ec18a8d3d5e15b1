"""Extract, format and print exceptions and stack traces.

The text is what an uncaught exception prints: the entries, carets,
"[Previous line repeated ...]" lines and exception lines come from the
interpreter's own formatter (the _traceback module), so print_exc() and
the interpreter agree. This module adds CPython's API on top: FrameSummary,
StackSummary, TracebackException and the print_*/format_*/extract_*
functions with their 3.10+ signatures.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

_sentinel = object()


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


def _limit_or_default(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


# ------------------------------------------------------------ entries

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name and the
    source line, looked up when first needed. It also unpacks and compares
    as the 4-tuple (filename, lineno, name, line)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = ({k: _safe_string(v, 'local', repr)
                        for k, v in locals.items()} if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.getline(self.filename, self.lineno)
        return self._line.strip()

    def _entry(self):
        self.line
        return (self.filename, self.lineno, self.name, self._line,
                self.end_lineno, self.colno, self.end_colno)


def _summary(entry, lookup_lines, positions=True):
    """A FrameSummary from (filename, lineno, name, end_lineno, colno,
    end_colno); stack listings carry no positions (so no carets)."""
    filename, lineno, name, end_lineno, colno, end_colno = entry
    if not positions:
        end_lineno = colno = end_colno = None
    return FrameSummary(filename, lineno, name, lookup_line=lookup_lines,
                        end_lineno=end_lineno, colno=colno,
                        end_colno=end_colno)


def walk_stack(f):
    """Yield (frame, lineno) from frame `f` outwards (the caller's caller
    when f is None)."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """From (frame, lineno) pairs, as walk_stack and walk_tb give."""
        limit = _limit_or_default(limit)
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            summary = FrameSummary(code.co_filename, lineno, code.co_name,
                                   lookup_line=lookup_lines)
            if capture_locals:
                summary.locals = {k: _safe_string(v, 'local', repr)
                                  for k, v in f.f_locals.items()}
            result.append(summary)
        return result

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line)
        tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: file, line, name, source and carets."""
        return ''.join(_traceback.format_list([frame_summary._entry()]))

    def format(self):
        """One string per entry (runs of one place are cut short with a
        "[Previous line repeated N more times]" line)."""
        return _traceback.format_list([fs._entry() for fs in self])


def _extract_tb(tb, limit, lookup_lines=True):
    entries = _traceback.extract_tb(tb, _limit_or_default(limit))
    return StackSummary(_summary(e, lookup_lines) for e in entries)


# ------------------------------------------------------------ functions

def extract_tb(tb, limit=None):
    """The entries of a traceback as a StackSummary."""
    return _extract_tb(tb, limit)


def format_tb(tb, limit=None):
    """extract_tb formatted: one string per entry."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print a traceback's entries (to sys.stderr by default)."""
    _print_lines(format_tb(tb, limit=limit), file)


def format_list(extracted_list):
    """Format FrameSummary objects or 4-tuples, one string each."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print format_list(extracted_list)."""
    _print_lines(format_list(extracted_list), file)


def extract_stack(f=None, limit=None):
    """The current stack (or the one leading to frame f), outermost
    first; limit keeps the innermost entries."""
    if f is None:
        entries = _traceback.extract_stack(1)
        limit = _limit_or_default(limit)
        if limit is not None and limit >= 0:  # the innermost `limit`
            entries = entries[len(entries) - limit:] if limit else []
        elif limit is not None:  # the outermost -limit
            entries = entries[:-limit]
        return StackSummary(_summary(e, True, False) for e in entries)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    """extract_stack formatted."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Print the current stack (to sys.stderr by default)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    """Frames are snapshots here: there is nothing to clear."""


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception as the interpreter prints an uncaught one:
    print_exception(exc) or print_exception(type, value, tb)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    _print_lines(te.format(chain=chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """print_exception's text as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines alone: "Type: message" (a SyntaxError shows where).
    """
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """print_exc's text as one string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """Print the exception the interactive prompt last reported."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ------------------------------------------------------------ exceptions

class TracebackException:
    """An exception ready to be formatted: its type, its stack and the
    exceptions chained to it, captured when it is made."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc_value = exc_value
        self._tb = exc_traceback
        self._limit = _limit_or_default(limit)
        self.exc_type = exc_type
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = _extract_tb(exc_traceback, limit, lookup_lines)
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.exceptions = None
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None
            else False)
        self.__cause__ = self.__context__ = None
        if is_recursive_call or exc_value is None:
            return
        # The chain, made iteratively so long chains do not recurse.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            cause, context = e.__cause__, e.__context__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
                queue.append((te.__cause__, cause))
            if (context is not None and id(context) not in _seen and
                    not (compact and (te.__cause__ is not None or
                                      e.__suppress_context__))):
                te.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    max_group_width=max_group_width,
                    max_group_depth=max_group_depth, _seen=_seen)
                queue.append((te.__context__, context))
            if isinstance(e, BaseExceptionGroup):
                te.exceptions = [
                    TracebackException(
                        type(x), x, x.__traceback__, limit=limit,
                        lookup_lines=lookup_lines,
                        max_group_width=max_group_width,
                        max_group_depth=max_group_depth, _seen=_seen)
                    for x in e.exceptions]
                queue.extend(zip(te.exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """TracebackException(type(exc), exc, exc.__traceback__, ...)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception's own lines: "Type: message" and notes, or a
        SyntaxError's location block."""
        if self.exc_type is None or self._exc_value is None:
            yield "NoneType: None\n"
            return
        yield from _traceback.format_exception_only(self._exc_value)

    def format(self, *, chain=True):
        """The whole text, chained exceptions first, as strings. An
        exception group is laid out by the interpreter's formatter, from
        the group itself (its sub-exceptions as they are now)."""
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                msg, nxt = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                msg, nxt = _context_message, exc.__context__
            else:
                msg, nxt = None, None
            output.append((msg, exc))
            exc = nxt
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.exceptions is not None:
                yield from _traceback.format_group(
                    exc._exc_value, exc._tb, exc._limit, chain,
                    self.max_group_width, self.max_group_depth,
                    self._exc_value)
                continue
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()
