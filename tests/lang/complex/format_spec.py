# format() and f-string specs for complex numbers.
inf = float('inf')
nan = float('nan')
values = [1 + 2j, 2j, -0j, complex(-0.0, -1), complex(1234567.5, -0.001),
          complex(nan, inf), complex(0, -nan), 1e16 + 1e-5j,
          complex(-0.0001, 0), complex(0.5, 0.25), complex(-2.5, 1e100)]
specs = ['', '10', '<15', '^20', '>12', '*^24', '.2', '.2f', 'e', 'g', 'n',
         '+', ' ', '-', ',', '_', '#', '#.2', '.0', 'z.1f', 'z', 'zg', 'E',
         'F', 'G', '10.3e', '-10.1f', '+.3g', ' .1e', '#g', '#e', '#f',
         ',.2f', '_.3f', '20', '.12g', '.17']
for s in specs:
    print(repr(s), [format(z, s) for z in values])
for s in ['010', '=10', 'd', '%', '0<10', 's', '.2%', 'x', ',n', '_n',
          ',x', '_x', ',s', 'b', '_b', 'c', '.', '10.2.3', '<<<']:
    try:
        print(repr(s), format(1 + 2j, s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
z = 3 - 4j
print(f'{z}|{z!r}|{z!s:>12}|{z:^14}|{z:.3f}|{z:+.1e}|{z.real:.1f}|{abs(z)}')
print('{0} {0:.1f} {1!r:>8}'.format(z, 1j))
print((1 + 1j).__format__(''), (1 + 1j).__format__('.1f'))
try:
    (1j).__format__(1)
except TypeError as e:
    print(e)
