import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], d[1] is a[1], d[2]["k"] is a[2]["k"])
a[1].append(99)
print(s, d)

t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt, dt is t2, dt[1] is t2[1])
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy(None), copy.deepcopy(3.5))
print(sorted(copy.deepcopy({3, 1, 2})), copy.copy(frozenset([1])) == frozenset([1]))
ba = bytearray(b"ab")
print(copy.copy(ba), copy.copy(ba) is ba)

# shared references and cycles
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)
dd = {"self": None}
dd["self"] = dd
ddc = copy.deepcopy(dd)
print(ddc["self"] is ddc)

memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(memo[id(x)] is y[0], y[0] is y[1])

# functions and classes are atomic
def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(int) is int)

od = {"a": 1}
cd = copy.copy(od)
cd["b"] = 2
print(od, cd)
