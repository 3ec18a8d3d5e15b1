# Raw strings and triple-quoted strings.
print(r"C:\new\table")
print(r'\n is two chars', len(r'\n'))
print(R"\x41\u0041")
print(repr(r"a\\b"))
print(r"\"quoted\"")
s = """first line
second line
    indented third"""
print(s)
print(len(s.splitlines()))
t = '''single 'quotes' and "double" inside'''
print(t)
u = """\
no leading newline
trailing backslash joins \
this line"""
print(u)
v = r"""raw \n triple"""
print(v)
print(repr("""a
b"""))
empty = """"""
print(repr(empty), len(empty))
print("""He said "hi" """)
