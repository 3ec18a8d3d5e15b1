# Which collections.abc ABCs builtin and user objects belong to.
import collections.abc as cabc
from collections import deque, OrderedDict, Counter, ChainMap, UserDict, UserList
import functools

NAMES = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
         "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
         "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
         "Sequence", "MutableSequence", "ByteString"]


def abcs_of(obj):
    return " ".join(n for n in NAMES if isinstance(obj, getattr(cabc, n)))


def gen():
    yield 1


class WithEq:
    def __eq__(self, other):
        return True


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Named(list):
    pass


samples = [{}, (), "", b"", bytearray(), [], set(), frozenset(), range(3),
           {}.keys(), {}.items(), {}.values(), gen(), (x for x in []),
           iter([]), iter("abc"), iter({}), reversed([]), zip(), map(len, []),
           len, lambda: 0, int, 1, 2.5, None, slice(1), WithEq(), Countdown(2),
           Named(), deque(), OrderedDict(), Counter(), ChainMap(), UserDict(),
           UserList(), functools.partial(len), [].append, object()]
for obj in samples:
    print(type(obj).__name__ + ":", abcs_of(obj))
for t in (dict, tuple, str, list, set, frozenset, bytes, int, type, Named):
    print(t.__name__, [n for n in NAMES if issubclass(t, getattr(cabc, n))])
print(issubclass(cabc.Sequence, cabc.Iterable), issubclass(cabc.Set, cabc.Hashable))
print(cabc.Sequence[int], cabc.Mapping[str, int], cabc.Iterator[int])
print(cabc.Callable[[int, str], bool], cabc.Callable[..., int])
print(cabc.Set.__hash__, cabc.Mapping.__reversed__, repr(cabc.Sequence))
