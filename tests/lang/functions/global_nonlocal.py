# global and nonlocal.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def make_global():
    global created_later
    created_later = "made inside"
make_global()
print(created_later)
x = "module"
def reads_global():
    return x
def shadows():
    x = "local"
    return x
print(reads_global(), shadows(), x)
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc()
    inc()
    return n, inc()
print(outer())
def layered():
    a = 1
    def mid():
        a = 2
        def inner():
            nonlocal a
            a = 3
        inner()
        return a
    return mid(), a
print(layered())
try:
    def broken():
        print(undefined_local)
        undefined_local = 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
