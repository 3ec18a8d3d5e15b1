# math: CPython's error types and messages.
import math

def attempt(f, *args):
    try:
        print("ok", f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(math.sqrt, -1)
attempt(math.sqrt, "x")
attempt(math.sqrt, None)
attempt(math.sqrt, 10 ** 400)
attempt(math.log, 0)
attempt(math.log, -5)
attempt(math.log, 0.0)
attempt(math.log, -math.inf)
attempt(math.log, 10, 1)
attempt(math.log, 10, 0)
attempt(math.log2, -1)
attempt(math.log10, 0)
attempt(math.exp, 1000)
attempt(math.cosh, 1000)
attempt(math.acos, 2)
attempt(math.asin, -1.5)
attempt(math.atanh, 1)
attempt(math.acosh, 0)
attempt(math.sin, math.inf)
attempt(math.tan, -math.inf)
attempt(math.log1p, -1)
attempt(math.pow, 0, -1)
attempt(math.pow, 10, 1000)
attempt(math.pow, -8, 0.5)
attempt(math.fmod, 1, 0)
attempt(math.fmod, math.inf, 1)
attempt(math.ldexp, 1.0, 2000)
attempt(math.ldexp, 1.0, 1.5)
attempt(math.floor, math.inf)
attempt(math.ceil, math.nan)
attempt(math.floor, "x")
attempt(math.trunc, "x")
attempt(math.trunc, [1])
attempt(math.factorial, -1)
attempt(math.factorial, 2.5)
attempt(math.factorial, 10 ** 30)
attempt(math.factorial, "5")
attempt(math.gcd, 1.5)
attempt(math.gcd, 4, "6")
attempt(math.lcm, 2.0, 4)
attempt(math.comb, -1, 2)
attempt(math.comb, 5, -1)
attempt(math.comb, 1.0, 2)
attempt(math.comb, 10 ** 30, 10 ** 29)
attempt(math.perm, 5, -1)
attempt(math.perm, -5)
attempt(math.perm, 5.0)
attempt(math.isqrt, -4)
attempt(math.isqrt, 4.0)
attempt(math.fsum, [math.inf, -math.inf])
attempt(math.fsum, [1e308, 1e308])
attempt(math.fsum, [1, "2"])
attempt(math.fsum, 5)
attempt(math.dist, (1,), (1, 2))
attempt(math.dist, (1, "a"), (1, 2))
attempt(math.hypot, 1, "a")
attempt(math.prod, 5)
attempt(math.prod, [1, "a", 2])
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
try:
    math.isclose(1, 2, abs_tol=-0.5)
except ValueError as e:
    print(e)
try:
    math.sqrt()
except TypeError as e:
    print(e)
try:
    math.pow(1)
except TypeError as e:
    print(e)
try:
    math.hypot(x=1)
except TypeError as e:
    print(e)
