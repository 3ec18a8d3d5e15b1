# *args and **kwargs.
def total(*args):
    return sum(args)
print(total(), total(1), total(1, 2, 3))
def describe(*args, **kwargs):
    return str(args) + " " + str(kwargs)
print(describe())
print(describe(1, 2, a=3, b=4))
nums = [4, 5, 6]
opts = {"sep": "-", "end": "!\n"}
print(*nums)
print(*nums, **opts)
print(total(*nums), total(*range(5), 100))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def kw_only_collect(**kw):
    return sorted(kw.items())
print(kw_only_collect(z=1, a=2))
def forward(*args, **kwargs):
    return describe(*args, **kwargs)
print(forward("x", y="y"))
def combine(a, b, c):
    return a * 100 + b * 10 + c
print(combine(*[1, 2], **{"c": 3}), combine(**{"a": 4, "b": 5, "c": 6}))
print(type(()), describe(*"ab", **dict(k="v")))
