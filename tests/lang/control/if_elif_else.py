# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 7
if x > 5:
    print("gt5")
if x > 10:
    print("gt10")
else:
    print("le10")
if x % 2 == 0:
    print("even")
elif x % 3 == 0:
    print("div3")
if x:
    if x > 6:
        if x < 8:
            print("exactly seven")
if not x:
    pass
else:
    print("truthy")
if x == 7: print("one-liner")
