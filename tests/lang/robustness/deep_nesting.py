# Deep structures and deep recursion end in RecursionError or succeed;
# they never crash the interpreter.
import sys

x = []
for i in range(200000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("repr:", e)
y = []
for i in range(200000):
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("compare:", e)
x = y = None
print("freed nested lists")

t = ()
for i in range(100000):
    t = (t, i)
t = None
d = {}
for i in range(100000):
    d = {"next": d}
d = None
print("freed nested tuples and dicts")


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(120000)
print("recursion 100000:", depth(100000))
sys.setrecursionlimit(1000)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("forever:", e)
print("limit", sys.getrecursionlimit())
