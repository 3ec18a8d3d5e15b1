#!/usr/bin/env python3
# gen_number_cases.py: writes tests/unit/number_cases.inc, the table of
# int/float/bool operations and python3's results that test_number.c
# replays against the C implementation.
#
# Usage: python3 tests/unit/gen_number_cases.py > tests/unit/number_cases.inc
# Needs CPython 3.11 (the messages and the int digit limit are 3.11's).
import math
import operator
import random
import struct
import sys

rng = random.Random(20240611)

SMALL_EDGES = [0, 1, -1, 2, -2, 3, 7, -7, 10, 100, -100, 12345, 2**31,
               2**53, 2**53 + 1, -(2**53) - 1,
               2**62 - 1, 2**62, -(2**62), -(2**62) - 1, 2**63 - 1, 2**63,
               -(2**63), 2**64, -(2**64) + 1, 10**20, -(10**20), 10**30,
               3**100, -(7**80), 10**400, -(10**400), 2**1024, 2**1023,
               2**1024 - 2**970, 2**1024 - 2**971]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 2.5, 0.1, 3.0, 1e16, 1e300,
          -1e300, 5e-324, 1e-310, 2.0**53, 2.0**63, 2.0**64, 1e22,
          float('inf'), float('-inf'), float('nan'), 7.0, -7.0,
          1.7976931348623157e308, 123456789.125]


def rand_int():
    k = rng.choice([4, 16, 30, 62, 63, 64, 65, 100, 200])
    v = rng.getrandbits(k)
    return -v if rng.random() < 0.5 else v


def rand_float():
    choice = rng.random()
    if choice < 0.4:
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if choice < 0.7:
        return rng.uniform(-1000, 1000)
    return float(rng.randint(-50, 50)) / rng.choice([1, 2, 4, 8, 3])


def lit(v):
    if isinstance(v, bool):
        return repr(v)
    if isinstance(v, float):
        return repr(v)
    return str(v)


def describe(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - every error is a case
        return '%s: %s' % (type(e).__name__, e)
    if isinstance(r, complex):
        return ('ValueError: negative number cannot be raised to a '
                'fractional power')
    if isinstance(r, tuple):
        return '(%s)' % ', '.join(repr(x) for x in r)
    return repr(r)


BINOPS = {'+': operator.add, '-': operator.sub, '*': operator.mul,
          '/': operator.truediv, '//': operator.floordiv, '%': operator.mod,
          '**': operator.pow, '<<': operator.lshift, '>>': operator.rshift,
          '&': operator.and_, '|': operator.or_, '^': operator.xor,
          'divmod': divmod}
CMPOPS = {'<': operator.lt, '<=': operator.le, '==': operator.eq,
          '!=': operator.ne, '>': operator.gt, '>=': operator.ge}


def reasonable(a, op, b):
    """Skips operations whose result would be absurdly large."""
    if op == '**' and isinstance(b, int) and not isinstance(a, float):
        if b > 0 and abs(a) > 1 and b * max(1, abs(a).bit_length()) > 20000:
            return False
    if op == '<<' and isinstance(b, int) and b > 5000:
        return False
    if op in ('<<', '>>', '&', '|', '^') and (
            isinstance(a, float) or isinstance(b, float)):
        return False  # TypeError raised by the generic layer, not a slot
    return True


cases = []


def complex_power(a, b):
    """x ** y that CPython answers with a complex (ftpy: ValueError)."""
    return (isinstance(b, float) and math.isfinite(b) and b != math.floor(b)
            and math.isfinite(a) and a < 0)


def add(a, op, b):
    if not reasonable(a, op, b):
        return
    if len(lit(a)) > 320 or len(lit(b)) > 320:
        return
    if op == '**' and complex_power(a, b):
        expect = ('ValueError: negative number cannot be raised to a '
                  'fractional power')
    elif op in CMPOPS:
        expect = describe(lambda: CMPOPS[op](a, b))
    else:
        expect = describe(lambda: BINOPS[op](a, b))
    if len(expect) <= 320:
        cases.append((lit(a), op, lit(b), expect))


def main():
    sys.set_int_max_str_digits(0)  # the C side lifts the limit too
    ints = SMALL_EDGES + [rand_int() for _ in range(10)] + [True, False]
    floats = FLOATS + [rand_float() for _ in range(6)]
    small_exps = [0, 1, 2, 3, 10, 64, -1, -3]
    shifts = [0, 1, 61, 62, 63, 64, 200, -1, 2**70]
    for op in BINOPS:
        if op in ('**', '<<', '>>'):
            rights = small_exps if op == '**' else shifts
            for a in ints:
                for b in rights:
                    add(a, op, b)
            continue
        for a in ints:
            for b in rng.sample(ints, 3) + [0, -1, True]:
                add(a, op, b)
        if op in ('&', '|', '^'):
            for a, b in [(True, True), (True, False), (False, False)]:
                add(a, op, b)
            continue
        for a in floats:
            for b in rng.sample(floats, 2) + rng.sample(ints, 1) + [0, 0.0]:
                add(a, op, b)
                add(b, op, a)
    for a in floats:
        for b in [2, 3, 0.5, -0.5, -1, -2, 1e400, -1e400, float('nan'), 2.5,
                  400, -400, 0, 0.0]:
            add(a, '**', b)
    add(10**30, '/', 7)
    add(0, '/', -5)
    for op in CMPOPS:
        for a in ints + floats[:20]:
            for b in rng.sample(ints, 1) + rng.sample(floats, 1):
                add(a, op, b)
                add(b, op, a)
        for a, b in [(2**63, 2.0**63), (2**63 + 1, 2.0**63), (10**400, 1e308),
                     (-(10**400), float('-inf')), (10**400, float('inf')),
                     (2**53 + 1, 2.0**53), (1, float('nan'))]:
            add(a, op, b)
            add(b, op, a)
    print('// Generated by tests/unit/gen_number_cases.py from python3 %s;'
          % sys.version.split()[0])
    print('// do not edit.')
    print('static const NumberCase number_cases[] = {')
    for a, op, b, expect in cases:
        print('    {%s, %s, %s, %s},' % tuple(c_str(x) for x in (a, op, b, expect)))
    print('};')
    print_text_cases()


def c_str(s):
    out = []
    for ch in s:
        if ch in '\\"':
            out.append('\\' + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\%03o' % ord(ch))
        else:
            out.append(ch)
    return '"%s"' % ''.join(out)


def print_text_cases():
    """repr(float), hash(), round(), int(str, base), float(str), pow(a,b,m)."""
    sys.set_int_max_str_digits(4300)  # the default, which these test
    print('static const NumberCase text_cases[] = {')
    rows = []
    for _ in range(150):
        x = rand_float()
        rows.append((lit(x), 'repr', '', repr(x)))
    for k in range(-1074, 1024, 23):
        for x in (2.0**k, math.nextafter(2.0**k, 0), math.nextafter(2.0**k, math.inf)):
            rows.append((lit(x), 'repr', '', repr(x)))
    for v in SMALL_EDGES + FLOATS + [rand_int() for _ in range(30)] + \
            [rand_float() for _ in range(30)] + [True, False, 2**61 - 1,
                                                  2**61, -(2**61) + 1]:
        if not (isinstance(v, float) and math.isnan(v)):
            rows.append((lit(v), 'hash', '', repr(hash(v))))
    for v in [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 0.125, 0.375, 1234.5678,
              -1234.5678, 1e300, 5e-324, 1.7976931348623157e308, 1234, 250,
              -250, 350, 15, -15, 10**30 + 5 * 10**10, 2**70, True, False]:
        for nd in [None, 0, 1, 2, 3, -1, -2, -3, -10, -308, -309, 300, 324]:
            rows.append((lit(v), 'round', '' if nd is None else str(nd),
                         describe(lambda: round(v, nd))))
    for x in [rand_float() for _ in range(60)]:
        nd = rng.randint(-5, 17)
        rows.append((lit(x), 'round', str(nd), describe(lambda: round(x, nd))))
    for v in [0, 5, -5, 2**70, -(2**70), 0.0, -2.5, float('inf'), True]:
        rows.append((lit(v), 'abs', '', describe(lambda: abs(v))))
    for text, base in [('  -1_000 ', 10), ('0x1f', 0), ('0x1f', 16), ('1f', 16),
                       ('010', 0), ('0_0', 0), ('00', 0), ('abc', 10),
                       ('z', 36), ('Z', 36), ('0b_101', 0), (' 0b1_01 ', 0),
                       ('_1', 10), ('1_', 10), ('1__0', 10), ('0x', 16),
                       ('', 10), (' ', 10), ('+', 10), ('-0', 10), ('+17', 8),
                       ('0o17', 0), ('0o17', 8), ('0o17', 10), ('9', 8),
                       ('1' * 30, 10), ('-' + '7' * 50, 10), ('1' * 4301, 10),
                       ('1' * 3000, 16), ('\t\n 42 \x0c', 10), ('4 2', 10),
                       ('\u3000 12\u2003', 10), ("it's", 10), ('a"b', 10),
                       ('x' * 300, 10), ('0x_', 0), ('1e5', 10), ('١٢', 10)]:
        if text == '١٢':
            continue  # Unicode digits: not supported (see the report)
        rows.append((text, 'int', str(base), describe(lambda: int(text, base))))
    for text in ['  1.5 ', 'inf', '-inf', '+InFiNiTy', 'nan', '-nan', '1_000.5',
                 '1e5_0', '.5', '5.', '.', 'e5', '1e', '1e+', '0x1p3', 'nan(1)',
                 'x', '', '1__0', '_1', '1_', '1_.5', '1._5', '1e500', '1e-400',
                 '-0', '0.1', '123456789012345678901234567890', '2.5e-7',
                 '\u2003-3.25\u3000', 'infinit', 'in f']:
        rows.append((text, 'float', '', describe(lambda: float(text))))
    for a, b, m in [(2, -1, 4), (2, 3, 0), (3, -1, -7), (0, -1, 5), (5, 2, -7),
                    (5, 0, 1), (0, -1, 1), (7, 10**20, 13), (-3, 5, 11),
                    (2**100, 2**100, 10**9 + 7), (3, -2, 10), (4, 2, -1),
                    (12345678901234567890, -1, 98765432109876543211)]:
        rows.append(('%d,%d' % (a, b), 'pow3', str(m),
                     describe(lambda: pow(a, b, m))))
    for v in [10**30, 7, 2**64 - 1, 2**100, -(2**100)]:
        rows.append((lit(v), 'str', '', str(v)))
        rows.append((lit(v), 'hex', '', hex(v)))
        rows.append((lit(v), 'oct', '', oct(v)))
        rows.append((lit(v), 'bin', '', bin(v)))
    for a, op, b, expect in rows:
        print('    {%s, %s, %s, %s},' % tuple(c_str(x) for x in (a, op, b, expect)))
    print('};')


if __name__ == '__main__':
    main()
