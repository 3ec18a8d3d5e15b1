# math: constants, roots, exponentials, logarithms (big ints too),
# trigonometry, rounding to ints and the float decomposition helpers.
import math
from math import sqrt, pi

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(pi == math.pi, sqrt(2), type(math.sqrt(4)))
print(math.sqrt(16), math.sqrt(2.25), math.sqrt(0), math.sqrt(True))
print(math.exp(0), math.exp(1), math.exp(-745.2), math.exp2(10), math.expm1(1e-10))
print(math.log(10), math.log(8, 2), math.log(100, 10), math.log(1), math.log1p(1e-10))
print(math.log2(1024), math.log10(1000), math.log2(3), math.log10(2))
print(math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 500))
print(math.log(2 ** 1024), math.log(3 ** 2000, 3), math.log(10 ** 400, 10 ** 200))
print(math.pow(2, 10), math.pow(0, 0), math.pow(2, -1), math.pow(-8, 1 / 3 * 3))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.pow(0.5, math.inf), math.pow(2, -math.inf), math.pow(-1, math.inf))
print(math.fabs(-3), math.fabs(2.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, math.nan) > 0)
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
for x in [0, 0.1, 0.5, 1, 1.5, -2.5, 3.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [-1, -0.5, 0, 0.25, 1]:
    print(x, math.asin(x), math.acos(x), math.asinh(x), math.erf(x), math.erfc(x))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(math.inf, math.inf))
print(math.acosh(2), math.atanh(0.5), math.cbrt(27), math.cbrt(-8))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(math.floor(10 ** 30), math.ceil(-10 ** 30), math.trunc(7), math.floor(-1e30), math.ceil(1e20))
print(math.ceil(True), type(math.floor(False)), type(math.floor(3.7)), math.trunc(1e300) == int(1e300))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isinf(1), math.isnan(math.nan), math.isnan(0))
print(math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.frexp(math.inf))
print(math.modf(3.5), math.modf(-2.25), math.modf(math.inf), math.modf(-math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1075), math.ldexp(3, 10 ** 20 * 0), math.ldexp(0.0, 10 ** 30))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-math.inf), math.ulp(1.7976931348623157e308))
print(math.remainder(7, 4), math.remainder(5, 2), math.remainder(-7, 4), math.remainder(3, math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
