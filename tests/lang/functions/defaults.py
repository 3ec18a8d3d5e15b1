# Default argument values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Dee"))
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2))
def safe_append(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe_append(1), safe_append(2))
n = 10
def show(v=n):
    return v
n = 20
print(show())
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=4))
print(greet.__defaults__)
