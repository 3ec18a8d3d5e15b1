from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name, out):
    out.append("open " + name)
    yield name
    out.append("close " + name)

out = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, out)) for n in "abc"]
    stack.callback(out.append, "callback")
    stack.callback(lambda *a, **k: out.append((a, sorted(k.items()))), 1, 2, z=3)
    out.append(names)
for line in out:
    print(line)

out = []
stack = ExitStack()
stack.enter_context(res("x", out))
stack.callback(print, "cb runs at close")
stack.close()
print(out)
stack.close()

# exceptions pass through callbacks, last first
def cb(n):
    print("cb", n)
try:
    with ExitStack() as st:
        st.callback(cb, 1)
        st.callback(cb, 2)
        raise ValueError("in body")
except ValueError as e:
    print("propagated", e)

# a suppressing exit stops propagation
with ExitStack() as st:
    st.callback(cb, "outer")
    st.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppressed")

# an exception raised by a callback replaces the pending one
def boom():
    raise KeyError("cb")
try:
    with ExitStack() as st:
        st.callback(boom)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

# pop_all moves callbacks to a new stack
with ExitStack() as st:
    st.callback(print, "moved")
    keep = st.pop_all()
print("left first stack")
keep.close()

class Manual:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
        return False
with ExitStack() as st:
    m = st.enter_context(Manual())
    print(type(m).__name__)
    st.push(lambda t, v, tb: print("pushed exit", t))
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)
