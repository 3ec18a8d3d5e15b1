"""In-memory text and binary streams: StringIO and BytesIO (ftpy's own
implementation). open() is the builtin one."""

__all__ = ["StringIO", "BytesIO", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class _MemoryIO:
    """What StringIO and BytesIO share; subclasses set _empty and _check."""

    _empty = ""
    _closed_msg = "I/O operation on closed file."

    def _init(self, initial):
        self._buf = initial
        self._tail = []          # pending writes appended at the end
        self._tail_len = 0
        self._pos = 0
        self._closed = False

    # -- internal --------------------------------------------------------
    def _checkopen(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    def _flat(self):
        if self._tail:
            self._buf = self._buf + self._empty.join(self._tail)
            self._tail = []
            self._tail_len = 0
        return self._buf

    def _size(self):
        return len(self._buf) + self._tail_len

    # -- state -----------------------------------------------------------
    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._checkopen()
        return True

    def writable(self):
        self._checkopen()
        return True

    def seekable(self):
        self._checkopen()
        return True

    def isatty(self):
        self._checkopen()
        return False

    def flush(self):
        self._checkopen()

    def __enter__(self):
        self._checkopen()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkopen()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- reading ---------------------------------------------------------
    def getvalue(self):
        self._checkopen()
        return self._flat()

    def tell(self):
        self._checkopen()
        return self._pos

    def read(self, size=-1):
        self._checkopen()
        buf = self._flat()
        if size is None or size < 0:
            end = len(buf)
        else:
            end = min(len(buf), self._pos + size)
        if self._pos >= end:
            return self._empty
        data = buf[self._pos:end]
        self._pos = end
        return data

    def readline(self, size=-1):
        self._checkopen()
        buf = self._flat()
        start = self._pos
        if start >= len(buf):
            return self._empty
        nl = buf.find(self._newline, start)
        end = len(buf) if nl < 0 else nl + 1
        if size is not None and size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    # -- writing ---------------------------------------------------------
    def write(self, s):
        self._checkopen()
        s = self._check(s)
        n = len(s)
        if n == 0:
            return 0
        size = self._size()
        if self._pos == size:
            self._tail.append(s)
            self._tail_len += n
        else:
            buf = self._flat()
            if self._pos > size:
                buf = buf + self._pad * (self._pos - size)
            self._buf = buf[:self._pos] + s + buf[self._pos + n:]
        self._pos += n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._checkopen()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("negative size value " + str(size))
        buf = self._flat()
        if size < len(buf):
            self._buf = buf[:size]
        return size


class StringIO(_MemoryIO):
    """Text I/O in memory; positions count characters."""

    _empty = ""
    _closed_msg = "I/O operation on closed file"
    _pad = "\0"
    _newline = "\n"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " +
                            type(initial_value).__name__)
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        self._newline_arg = newline
        if newline is None:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        elif newline in ("\r", "\r\n"):
            initial_value = initial_value.replace("\n", newline)
        self._init(initial_value)
        if newline == "\r":
            self._newline = "\r"

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def _check(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '" +
                            type(s).__name__ + "'")
        nl = self._newline_arg
        if nl is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif nl in ("\r", "\r\n"):
            s = s.replace("\n", nl)
        return s

    def seek(self, pos, whence=0):
        self._checkopen()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size()
        else:
            raise ValueError("Invalid whence (" + str(whence) +
                             ", should be 0, 1 or 2)")
        return self._pos

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_MemoryIO):
    """Binary I/O in memory."""

    _empty = b""
    _pad = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        self._init(bytes(self._check(initial_bytes)))

    def _check(self, s):
        if isinstance(s, (bytes, bytearray)):
            return bytes(s)
        raise TypeError("a bytes-like object is required, not '" +
                        type(s).__name__ + "'")

    def seek(self, pos, whence=0):
        self._checkopen()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._size() + pos)
        else:
            raise ValueError("invalid whence (" + str(whence) +
                             ", should be 0, 1 or 2)")
        return self._pos

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        raise NotImplementedError("BytesIO.getbuffer is not supported by ftpy")

    def __repr__(self):
        return "<_io.BytesIO object>"
