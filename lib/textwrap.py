"""Text wrapping and filling (ftpy's own implementation, no regular
expressions: the chunking rules of CPython's TextWrapper are applied by a
hand-written scanner)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_whitespace = "\t\n\x0b\x0c\r "


def _is_word(c):
    return c.isalnum() or c == "_"


def _is_letter(c):
    return (c.isalpha() or c == "_") and not c.isdigit()


def _is_wp(c):
    # [\w!"'&.,?]: characters that may precede an em-dash
    return _is_word(c) or c in "!\"'&.,?"


def _emdash_at(text, i):
    """Length of a run of 2+ dashes at i followed by a word char, else 0."""
    j = i
    n = len(text)
    while j < n and text[j] == "-":
        j += 1
    if j - i >= 2 and j < n and _is_word(text[j]):
        return j - i
    return 0


def _split_nonspace(text, start, stop, out):
    """Splits text[start:stop] (no whitespace) into hyphenation chunks."""
    p = start
    while p < stop:
        if p > 0 and _is_wp(text[p - 1]):
            k = _emdash_at(text, p)
            if k:
                out.append(text[p:p + k])
                p += k
                continue
        e = p + 1
        while True:
            if e >= stop:
                out.append(text[p:stop])
                p = stop
                break
            c = text[e]
            if c == "-":
                before = (e >= 2 and _is_letter(text[e - 2]) and _is_letter(text[e - 1])) or \
                    (e >= 3 and _is_letter(text[e - 3]) and text[e - 2] == "-" and _is_letter(text[e - 1]))
                if before and e + 2 < len(text) and _is_letter(text[e + 1]) and \
                        (_is_letter(text[e + 2]) or
                         (text[e + 2] == "-" and e + 3 < len(text) and _is_letter(text[e + 3]))):
                    out.append(text[p:e + 1])
                    p = e + 1
                    break
                if _is_wp(text[e - 1]) and _emdash_at(text, e):
                    out.append(text[p:e])
                    p = e
                    break
            e += 1


class TextWrapper:
    """Wraps paragraphs of text; the attributes mirror wrap()'s keywords."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in "\t\n\x0b\x0c\r":
                text = text.replace(c, " ")
        return text

    def _split(self, text):
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                if self.break_on_hyphens:
                    _split_nonspace(text, i, j, chunks)
                else:
                    chunks.append(text[i:j])
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == " " and _ends_sentence(c):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip("-"):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width " + repr(self.width) + " (must be > 0)")
        if self.max_lines is not None:
            ind = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(ind) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks = chunks[::-1]
        while chunks:
            line = []
            size = 0
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if self.drop_whitespace and lines and chunks[-1].strip() == "":
                chunks.pop()
            while chunks and size + len(chunks[-1]) <= width:
                size += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, size, width)
                size = sum([len(c) for c in line])
            if self.drop_whitespace and line and line[-1].strip() == "":
                size -= len(line[-1])
                line.pop()
            if not line:
                continue
            rest_empty = not chunks or (self.drop_whitespace and len(chunks) == 1
                                        and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    (rest_empty and size <= width):
                lines.append(ind + "".join(line))
                continue
            # Out of lines: end with the placeholder.
            while line:
                if line[-1].strip() and size + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(ind + "".join(line))
                    return lines
                size -= len(line[-1])
                line.pop()
            if lines:
                prev = lines[-1].rstrip()
                if len(prev) + len(self.placeholder) <= self.width:
                    lines[-1] = prev + self.placeholder
                    return lines
            lines.append(ind + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _ends_sentence(c):
    # [a-z][.!?]["']?\Z
    if c and c[-1] in "\"'":
        c = c[:-1]
    return len(c) >= 2 and c[-1] in ".!?" and "a" <= c[-2] <= "z"


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Removes the whitespace prefix common to every non-blank line."""
    lines = text.split("\n")
    margin = None
    for i in range(len(lines)):
        line = lines[i]
        body = line.lstrip(" \t")
        if not body:
            lines[i] = ""
            continue
        ind = line[:len(line) - len(body)]
        if margin is None or margin.startswith(ind):
            margin = ind
        elif not ind.startswith(margin):
            k = 0
            while k < len(margin) and k < len(ind) and margin[k] == ind[k]:
                k += 1
            margin = margin[:k]
    if margin:
        m = len(margin)
        lines = [ln[m:] if ln.startswith(margin) else ln for ln in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate(line) is true (default:
    lines that are not whitespace only)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
