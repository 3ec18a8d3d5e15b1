# The SyntaxErrors of match statements, through compile(): CPython's
# messages and positions (line, column, end line, end column).

SOURCES = [
    # unreachable patterns
    "match x:\n case a:\n  pass\n case 1:\n  pass\n",
    "match x:\n case _:\n  pass\n case 1:\n  pass\n",
    "match x:\n case (a):\n  pass\n case _:\n  pass\n",
    "match x:\n case a | 1:\n  pass\n",
    "match x:\n case 1 | _ | 2:\n  pass\n",
    "match x:\n case (1 | a) as b:\n  pass\n case 1:\n  pass\n",
    "match x:\n case (a as b) | (b as a):\n  pass\n",
    # allowed: guarded or last
    "match x:\n case a if a:\n  pass\n case _:\n  pass\n",
    "match x:\n case [a, *_]:\n  pass\n case b:\n  pass\n",
    # names
    "match x:\n case [a, a]:\n  pass\n",
    "match x:\n case [a, *a]:\n  pass\n",
    "match x:\n case {1: a, **a}:\n  pass\n",
    "match x:\n case C(a, b=a):\n  pass\n",
    "match x:\n case [a] | (b,):\n  pass\n",
    "match x:\n case [a] | [a, b]:\n  pass\n",
    "match x:\n case 1 | (a as b):\n  pass\n",
    "match x:\n case [a, b] | [b, a]:\n  pass\n",
    "match x:\n case __debug__:\n  pass\n",
    "match x:\n case a as _:\n  pass\n",
    "match x:\n case a as 1:\n  pass\n",
    # class patterns
    "match x:\n case C(a=1, b):\n  pass\n",
    "match x:\n case C(a=2, 3, 4):\n  pass\n",
    "match x:\n case C(1, a=2, 3):\n  pass\n",
    "match x:\n case C(a=1, a=2):\n  pass\n",
    "match x:\n case C(__debug__=1):\n  pass\n",
    # sequences and mappings
    "match x:\n case [*a, *b]:\n  pass\n",
    "match x:\n case {'a': 1, 'a': 2}:\n  pass\n",
    "match x:\n case {1: _, 1.0: _}:\n  pass\n",
    "match x:\n case {True: _, 1: _}:\n  pass\n",
    "match x:\n case {-0: _, 0: _}:\n  pass\n",
    "match x:\n case {'a': _, b'a': _}:\n  pass\n",
    "match x:\n case {**_}:\n  pass\n",
    "match x:\n case {**r, 'a': 1}:\n  pass\n",
    "match x:\n case {a: 1}:\n  pass\n",
    # literals
    "match x:\n case f'x':\n  pass\n",
    "match x:\n case {f'x': 1}:\n  pass\n",
    "match x:\n case 1 + 1:\n  pass\n",
    "match x:\n case 1j + 1:\n  pass\n",
    "match x:\n case -x:\n  pass\n",
    "match x:\n case ...:\n  pass\n",
    # structure
    "match x\n case 1: pass\n",
    "match x: pass\n",
    "match x:\n pass\n",
    "match x:\n case 1\n  pass\n",
    "match x:\ncase 1: pass\n",
    "match x:\n case 1:\n pass\n",
    "match *x:\n case 1: pass\n",
    "match x:\n case *a:\n  pass\n",
    "match x:\n case _.x: pass\n",
    "match x:\n case (*a): pass\n",
    "match x:\n case 1 if x == 1 else 2: pass\n",
]

for source in SOURCES:
    try:
        compile(source, "<case>", "exec")
        print("ok:", repr(source))
    except SyntaxError as e:
        print(type(e).__name__, e.lineno, e.offset, e.end_lineno, e.end_offset,
              e.msg)
