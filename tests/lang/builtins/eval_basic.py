# eval: expressions, namespaces, code objects, stripping, errors.
print(eval('1 + 2 * 3'))
print(eval('  [x * x for x in range(4)]'))
print(eval('\t(1,\n 2)'))
print(eval(b'"bytes source"'), eval(bytearray(b'7 // 2')))
a, b = 5, 6
print(eval('a * b'))
print(eval('a + z', {'a': 1, 'z': 2}))
print(eval('a + z', {'a': 1}, {'z': 3}))
print(eval('a', None, {'a': 'locals win'}))

def scope():
    hidden = 'local'
    return eval('hidden + "!"'), eval('len(hidden)')
print(scope())

g = {}
print(eval('lambda n: n + 1', g)(41), '__builtins__' in g)
print(eval(compile('10 ** 3', '<calc>', 'eval')))
print(eval(compile('q = 1', '<calc>', 'exec'), {}))

class Mapping:
    def __getitem__(self, key):
        if key == 'magic':
            return 42
        raise KeyError(key)
print(eval('magic + 1', {}, Mapping()))
try:
    eval('other', {}, Mapping())
except NameError as e:
    print('NameError', e)

for bad in ['', ' ', '\n', '1 +', 'x = 1', 'import os', 'a\0b']:
    try:
        eval(bad)
    except SyntaxError as e:
        print(repr(bad), type(e).__name__, e.args)

for call in [lambda: eval(1), lambda: eval('1', []), lambda: eval('1', 5),
             lambda: eval('1', {}, 5), lambda: eval('1', globals={}),
             lambda: eval(), lambda: eval('1', {}, {}, {})]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

try:
    eval('undefined_thing')
except NameError as e:
    print('NameError', e)
try:
    eval('1 / 0')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, e.__traceback__.tb_next.tb_frame.f_code.co_filename)
