# and / or / not return operands, not only bools.
print(0 and 1, 1 and 0, 2 and 3, [] and 1, "" and "x")
print(0 or 1, 1 or 0, 0 or 0.0, [] or {} or (), None or "fallback")
print(not 0, not 1, not [], not [0], not "", not None)
name = ""
print(name or "anonymous")
items = [3]
print(items and items[0])
items = []
print(items and items[0])
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3, (1 or 2) and 3)
print(True and "yes" or "no", False and "yes" or "no")
x = 5
print(x > 3 and x < 10, x > 3 and x > 10, not (x > 3 and x < 10))
print(all([x > 0, x < 10]), any([x < 0, x > 4]))
