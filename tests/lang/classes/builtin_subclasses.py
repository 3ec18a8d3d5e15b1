# Subclassing list, dict (with __missing__) and set; calling builtin dunders.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, k):
        self[k] = self[k] + 1


c = Counter()
for w in "a b a c a b".split():
    c.add(w)
print(c, c["zz"], sorted(c.items()))


class Tagged(list):
    def __init__(self, tag, items):
        super().__init__(items)
        self.tag = tag

    def __repr__(self):
        return f"{self.tag}:{list.__repr__(self)}"


t = Tagged("x", (1, 2))
print(t, t.tag, sum(t))


class Uniq(set):
    pass


u = Uniq([3, 1, 3])
print(sorted(u), 3 in u)
