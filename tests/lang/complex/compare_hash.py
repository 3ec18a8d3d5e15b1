# == and != with int, float and complex; ordering is a TypeError; hash.
pairs = [(1 + 0j, 1), (1, 1 + 0j), (1 + 0j, 1.0), (1.0, 1 + 0j), (1 + 1j, 1),
         (2j, 2j), (2j, 2), (0j, 0), (0j, -0.0), (0j, False), (1 + 0j, True),
         (complex(2 ** 53 + 1, 0), 2 ** 53 + 1), (complex(2 ** 53, 0), 2 ** 53),
         (1j, 'a'), (1j, None), (1j, [1j]), (float('nan') * 1j, 0),
         (complex(10 ** 30, 0), 10 ** 30), (complex(1e30, 0), 10 ** 30)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j), (1j, 'x')]:
    for name, f in [('<', lambda x, y: x < y), ('<=', lambda x, y: x <= y),
                    ('>', lambda x, y: x > y), ('>=', lambda x, y: x >= y)]:
        try:
            f(a, b)
        except TypeError as e:
            print(e)

values = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, 1.5 - 2.5j, 2 ** 61 + 0j,
          complex(1e100, -1e100), complex(float('inf'), 0),
          complex(0, float('-inf')), complex(-0.0, -0.0), 3.25 + 0j,
          complex(123456.789, 987654.321)]
for z in values:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(0j) == hash(0))
d = {1: 'int', 2.5: 'float'}
print(d[1 + 0j], d[2.5 + 0j], (1 + 0j) in {1, 2}, 2j in {2})
s = {1, 1.0, 1 + 0j, 2j, 2j}
print(len(s), sorted(str(x) for x in s))
print([1j, 2j].index(2j), [1, 2, 3].count(2 + 0j), 3 + 0j in [1, 2, 3])
