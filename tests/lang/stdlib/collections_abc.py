from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence,
                             Iterable, Iterator, Callable, Sized, Container,
                             Hashable, Set, MutableSet, Generator, Collection)

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry()
r["Key"] = 1
r.update({"Other": 2}, Third=3)
print(len(r), r["KEY"], "key" in r, "nope" in r, r.get("x", "dflt"), list(r))
print(sorted(r.keys()), sorted(r.values()), sorted(r.items()), r == {"key": 1, "other": 2, "third": 3})
print(r.setdefault("new", 9), r.pop("new"), r.pop("gone", None), r.popitem(), len(r))
r.clear()
print(len(r), dict(r))

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)))

class Stack(MutableSequence):
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def insert(self, i, v):
        self.items.insert(i, v)

st = Stack()
st.append(1); st.extend([2, 3]); st += [4]
print(st.items, st.pop(), st.pop(0), st.items)
st.reverse(); st.remove(2); print(st.items)

class Bits(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)

b = Bits([1, 2, 3])
print(list(b | Bits([4])), list(b & Bits([2, 9])), list(b - Bits([1])), b <= Bits([1, 2, 3, 4]), b == Bits([3, 2, 1]))
b |= [7]; b -= [1]
print(list(b), b.isdisjoint([5]))

try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
class Partial(Mapping):
    def __getitem__(self, k):
        return k
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
print(Iterable.__instancecheck__([1]), Iterator.__instancecheck__([1]), Iterator.__instancecheck__(iter([1])))
print(Sized.__subclasscheck__(dict), Callable.__subclasscheck__(int), Hashable.__subclasscheck__(list))
