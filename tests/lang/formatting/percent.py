# printf-style formatting with %: flags, width, precision, keys, errors.
print(repr('%5.2f|%-6d|%06.1f|%x|%#o|%+d|%s|%r|%c|%%|%e|%g|%10.3s|' % (3.14159, 42, 2.5, 255, 8, 5, 'hi', 'hi', 65, 12345.678, 0.0001, 'abcdef')))
print('%(a)s-%(b)03d' % {'a': 1, 'b': 7}, '%d' % 3.9, '%s' % (1,), '%s %s' % ('a', [1]))
print('%*d|%-*.*f' % (5, 3, 8, 2, 3.14159))
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % ('a',), lambda: '%s' % ('a', 'b'), lambda: '%z' % 1]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('%i %u %X %G %E %F' % (1, 2, 255, 1e20, 1.5, 2.5))
print('%.3d' % 5, '% d' % 5, '%-+5d|' % 3, '%5s|%-5s|' % ('ab', 'cd'), '%x' % -255, '%#X' % 255)
print('%s' % [1, 2], '%s' % {'k': 1}, '%.2f%%' % 12.345, 'name: %s, age: %d' % ('Ann', 30))
print("%-10s|%8.3f|%+06d" % ("left", 3.14159, 42), "%c%c" % ("x", 121), "%r" % None)
