# Counting down with negative steps.
for i in range(5, 0, -1):
    print(i, end=" ")
print("liftoff")
print(list(range(-1, -11, -2)))
print(list(range(0, -5, -1)), list(range(0, 5, -1)))
print(len(range(100, 0, -7)), range(100, 0, -7)[-1])
s = "abcdef"
for i in range(len(s) - 1, -1, -1):
    print(s[i], end="")
print()
total = 0
for i in range(1000, 0, -3):
    total += i
print(total)
print(list(reversed(range(1, 10, 2))), list(reversed(range(10, 1, -4))))
