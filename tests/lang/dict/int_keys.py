# dicts keyed by ints, including negative and huge.
d = {}
for k in [0, -1, 2 ** 64, -(2 ** 64), 7, 10 ** 30]:
    d[k] = str(k)
print(d)
print(d[2 ** 64], d[-1], 10 ** 30 in d)
d[1.0] = "float one"
d[1] = "int one"
print(d[1], d[True], len(d))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
hist = {}
for x in [3, -3, 3, 0, -3, 3]:
    hist[x] = hist.get(x, 0) + 1
print(hist, sorted(hist.items()))
