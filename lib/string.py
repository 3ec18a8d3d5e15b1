"""String constants, capwords and Template (ftpy's own implementation)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep, capitalizes each word and joins with sep (or ' ')."""
    return (sep or " ").join([x.capitalize() for x in s.split(sep)])


_ID_START = "_" + ascii_letters
_ID_CHARS = _ID_START + digits

_sentinel = object()


class _ChainDict:
    def __init__(self, primary, secondary):
        self.primary = primary
        self.secondary = secondary

    def __getitem__(self, key):
        try:
            return self.primary[key]
        except KeyError:
            return self.secondary[key]


class Template:
    """A string class for $-substitutions: $name, ${name} and $$."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self, handler):
        # handler(kind, name, start, text) -> replacement; kind is one of
        # 'escaped', 'named', 'braced', 'invalid'
        tpl = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(tpl)
        while True:
            j = tpl.find(delim, i)
            if j < 0:
                out.append(tpl[i:])
                break
            out.append(tpl[i:j])
            k = j + dl
            if tpl.startswith(delim, k):
                out.append(handler("escaped", None, j, delim))
                i = k + dl
                continue
            if k < n and tpl[k] in _ID_START:
                e = k + 1
                while e < n and tpl[e] in _ID_CHARS:
                    e += 1
                out.append(handler("named", tpl[k:e], j, tpl[j:e]))
                i = e
                continue
            if k < n and tpl[k] == "{":
                e = k + 1
                if e < n and tpl[e] in _ID_START:
                    e += 1
                    while e < n and tpl[e] in _ID_CHARS:
                        e += 1
                    if e < n and tpl[e] == "}":
                        out.append(handler("braced", tpl[k + 1:e], j,
                                           tpl[j:e + 1]))
                        i = e + 1
                        continue
            out.append(handler("invalid", None, j, delim))
            i = k
        return "".join(out)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line " + str(lineno) +
                         ", col " + str(colno))

    def substitute(self, mapping=_sentinel, /, **kws):
        if mapping is _sentinel:
            mapping = kws
        elif kws:
            mapping = _ChainDict(kws, mapping)

        def handler(kind, name, pos, text):
            if kind == "escaped":
                return self.delimiter
            if kind == "invalid":
                self._invalid(pos + len(self.delimiter))
            return str(mapping[name])
        return self._scan(handler)

    def safe_substitute(self, mapping=_sentinel, /, **kws):
        if mapping is _sentinel:
            mapping = kws
        elif kws:
            mapping = _ChainDict(kws, mapping)

        def handler(kind, name, pos, text):
            if kind == "escaped":
                return self.delimiter
            if kind == "invalid":
                return text
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return self._scan(handler)

    def is_valid(self):
        ok = [True]

        def handler(kind, name, pos, text):
            if kind == "invalid":
                ok[0] = False
            return ""
        self._scan(handler)
        return ok[0]

    def get_identifiers(self):
        ids = []

        def handler(kind, name, pos, text):
            if name is not None and name not in ids:
                ids.append(name)
            return ""
        self._scan(handler)
        return ids
