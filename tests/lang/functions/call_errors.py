# TypeErrors from bad calls.
def f(a, b):
    return a + b
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=2)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
def g():
    return 0
try:
    g(1)
except TypeError as e:
    print(e)
num = 5
try:
    num()
except TypeError as e:
    print(e)
text = "abc"
try:
    text(1)
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
