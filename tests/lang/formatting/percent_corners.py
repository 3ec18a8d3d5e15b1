# str % args corners: non-ASCII format characters in errors, balanced
# parentheses in mapping keys, bytes arguments.
for fmt, args in [('%é', 1), ('aé%y', 1), ('ü%\x1f', 1), ('%((a))s', {'(a)': 1}),
                  ('%(a(b)c)s|%(x)s', {'a(b)c': 2, 'x': 3}), ('%s', b'x'),
                  ('', b'x'), ('é%5s|%-4s|', ('ü', 'ß')), ('%(a)s', {'a': 'b'}),
                  ('%.1s|', 'éa'), ('%c|%3c|', ('é', 0x20ac)), ('%((a)s', {}),
                  ('%b', b'x'), ('%s %s', 'ab')]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
