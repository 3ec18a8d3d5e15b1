# str.maketrans and str.translate: CPython's errors.
from collections import OrderedDict
calls = [
    lambda: str.maketrans(), lambda: str.maketrans('a', 'b', 'c', 'd'),
    lambda: str.maketrans(1), lambda: str.maketrans('ab'),
    lambda: str.maketrans([('a', 'b')]), lambda: str.maketrans(OrderedDict(a=1)),
    lambda: str.maketrans({'ab': 1}), lambda: str.maketrans({'': 1}),
    lambda: str.maketrans({1.5: 1}), lambda: str.maketrans({(1,): 1}),
    lambda: str.maketrans({b'a': 1}), lambda: str.maketrans('ab', 'c'),
    lambda: str.maketrans(1, 'a'), lambda: str.maketrans(1, 2),
    lambda: str.maketrans('a', 2), lambda: str.maketrans('a', 'b', 3),
    lambda: str.maketrans(b'a', b'b'), lambda: str.maketrans(x={}),
    lambda: 'abc'.translate({97: 2 ** 40}), lambda: 'abc'.translate({97: -1}),
    lambda: 'abc'.translate({97: 1.5}), lambda: 'abc'.translate({97: b'x'}),
    lambda: 'abc'.translate(), lambda: 'abc'.translate(1),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
