# Multiple return values, implicit None, early return.
def divmod_pair(a, b):
    return a // b, a % b
q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(-17, 5))
def nothing():
    x = 1
print(nothing())
def maybe(n):
    if n > 0:
        return "positive"
print(maybe(1), maybe(-1))
def stats(nums):
    if not nums:
        return None, None, None
    return min(nums), max(nums), sum(nums) / len(nums)
print(stats([3, 1, 4, 1, 5]), stats([]))
def nested_return(x):
    for i in range(10):
        while True:
            if i == x:
                return "found " + str(i)
            break
    return "missing"
print(nested_return(4), nested_return(20))
def returns_list():
    return [1, 2]
a, b = returns_list()
print(a + b)
