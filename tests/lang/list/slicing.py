# Slicing lists.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-3])
print(l[::2], l[1::2], l[::-1], l[::-3])
print(l[8:2:-2], l[-1:-5:-1], l[5:2], l[100:], l[-100:2])
print(l[:], l[:] is l)
for step in [1, 2, 3, -1, -2, -4]:
    print(step, l[::step], l[1:8:step], l[8:1:step])
words = ["a", "b", "c", "d", "e"]
print(words[1:-1], words[-2:], words[:-4])
print([[1, 2], [3, 4]][1][::-1])
print(l[slice(2, 8, 3)], l[slice(None, None, -5)])
