# Functions as values.
def double(x):
    return 2 * x
def negate(x):
    return -x
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([double, negate, abs, str], -4))
table = {"d": double, "n": negate}
print(table["d"](21), table["n"](21))
def apply_n(f, n, x):
    for i in range(n):
        x = f(x)
    return x
print(apply_n(double, 10, 1))
alias = double
print(alias(4), alias is double, alias == double)
print(double.__name__, callable(double), callable(5))
def returns_function(which):
    if which:
        return double
    return negate
print(returns_function(True)(3), returns_function(False)(3))
print(list(map(double, range(5))))
print(sorted([3, -1, 2], key=negate))
print(max(["aa", "b", "cccc"], key=len))
