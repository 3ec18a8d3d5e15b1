# repr and str of builtin values, nested.
values = [0, -1, 2.5, 1e100, "s", "it's", 'q"q', b"b", None, True, [], (),
          (1,), {}, [1, [2, (3, {4: "five"})]], range(3), range(1, 9, 2),
          slice(1, 2), frozenset(), set(), {"k": None}]
for v in values:
    print(repr(v), str(v))
print(repr(repr("x")), str(str("x")))
print([str(x) for x in [1, "a", None]], [repr(x) for x in [1, "a", None]])
print(repr("\\"), repr("\n"), repr("'"), repr('"'), repr("'\""))
print(str(1.0), repr(1.0), str(-0.0), repr(1e-7), repr(1e16))
print(repr([1.5, "a", b"b", None]), str(("x", 2)))
