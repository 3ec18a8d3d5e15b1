# The mixin methods of Set, MutableSet, Mapping views and Sequence.
from collections.abc import Set, MutableSet, Mapping, Sequence, Hashable, KeysView


class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "ListSet(" + repr(self.items) + ")"


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - [4], [3, 9] - b, a - {1})
print(a <= ListSet([1, 2, 3, 5]), a < a, a == ListSet([3, 2, 1]), a != b, a >= ListSet([1]))
print(a.isdisjoint(b), a.isdisjoint([7]), {1, 2} == ListSet([1, 2]), ListSet([1, 2]) == {2, 1})
print(a & [2, 3, 4], [2, 3, 4] & a, a | {9}, isinstance(a, Hashable))
print(a.__and__(5), a.__or__(5), a.__sub__(5), a.__le__([1]))


class FrozenListSet(ListSet):
    __hash__ = Set._hash


print(hash(FrozenListSet([1, 2])) == hash(FrozenListSet([2, 1])), isinstance(FrozenListSet(), Hashable))


class Tags(MutableSet):
    def __init__(self, items=()):
        self.data = set(items)

    def __contains__(self, x):
        return x in self.data

    def __iter__(self):
        return iter(sorted(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, x):
        self.data.add(x)

    def discard(self, x):
        self.data.discard(x)


t = Tags("abc")
t |= "cd"
t &= "abcdx"
t ^= "ay"
t -= "b"
print(list(t), t.pop(), list(t))
try:
    t.remove("zz")
except KeyError as e:
    print("KeyError", e)
t.clear()
print(len(t), list(t))


class Env(Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "Env(" + repr(self._d) + ")"


e = Env(a=1, b=2)
ks, its, vs = e.keys(), e.items(), e.values()
print(ks, type(ks).__name__, isinstance(ks, KeysView))
print(list(ks), list(its), list(vs), len(ks), "a" in ks, ("a", 1) in its, ("a", 2) in its, 2 in vs)
print(sorted(ks & {"a", "z"}), sorted(ks | ["c"]), sorted(its - {("a", 1)}), ks == {"a", "b"})
print(e == {"a": 1, "b": 2}, e == Env(a=1), e.get("q", 0), "b" in e)


class Word(Sequence):
    def __init__(self, s):
        self.s = s

    def __getitem__(self, i):
        return self.s[i]

    def __len__(self):
        return len(self.s)


w = Word("banana")
print(w.index("n"), w.index("a", 2), w.index("a", -2), w.count("a"), "".join(reversed(w)), "nan" in w, "n" in w)
try:
    w.index("z")
except ValueError:
    print("ValueError")
