# bytes % args and bytearray % args (PEP 461): every conversion, flags,
# width and precision, mapping keys; the result keeps the left type.
class WithBytes:
    def __bytes__(self):
        return b'<wb>'

print(b'%s and %b' % (b'spam', bytearray(b'eggs')))
print(bytearray(b'%s|%s') % (b'a', bytearray(b'b')))
print(b'%s' % WithBytes(), b'%b' % (WithBytes(),), b'%s' % b'\x00\xff')
print(b'%r %a %a' % ('caf\xe9', b'x\n', '\u20ac\U0001f600'))
print(b'%c%c%c%c' % (72, b'i', bytearray(b'!'), 255))
print(b'%d %i %u %d %d' % (42, -7, 3, True, 2.9))
print(b'%x %X %o %#x %#X %#o %x' % (255, 255, 8, 255, 255, 8, -255))
print(b'%e %E %f %F %g %G' % (1.5, 1.5e-10, 2, 3.25, 1e20, 1e-20))
print(b'%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, -42))
print(b'%.3d|%6.3d|%-6.3x|%#8.3o' % (7, 7, 10, 8))
print(b'%8.3f|%-8.2e|%08.3f|%+.1f|%#.0f|%.0e' % (3.14159, 31.4, -3.14159,
                                                 2.25, 3.0, 12345.0))
print(b'%10s|%-10s|%.2s|%-6.1s|%5c|%-3c|' % (b'ab', b'ab', b'abc', b'xyz',
                                             65, 66))
print(b'%10r|%-8a|%.3r|' % ('ab', 'c', 'defg'))
print(b'%*d|%-*d|%.*f|%*.*f' % (5, 1, 4, 2, 3, 1.0, 8, 2, 3.14159))
print(b'%(name)s is %(age)d, %(name)r' % {b'name': b'Ann', b'age': 30})
print(b'%((x))s %(y)s' % {b'(x)': b'paren', b'y': b'plain'})
print(b'100%% %s %%' % b'sure', b'%%' % (), b'no args' % ())
print(b'%ld %hd %Lf' % (1, 2, 3.0))
print(b'%d %x' % (10 ** 30, 2 ** 70))
print(b'%s' % {b'k': 1}.get(b'k', b'-') if False else b'%d' % {b'k': 1}[b'k'])
print(repr(b'' % {}), repr(b'%s' % (b'',)), repr(bytearray() % ()))
r = bytearray(b'%d-%d') % (1, 2)
print(type(r).__name__, r)
ba = bytearray(b'x=%d')
ba2 = ba
ba %= 5
print(ba, ba2, ba is ba2)
bs = b'%s!'
bs %= b'hi'
print(bs)
print(b'%s %s' % (b'a', b'b') == b'a b', (b'%5.1f' % 2.25).decode())
print(b'%s' % b'x' * 3, b'=' + b'%03d' % 7)
