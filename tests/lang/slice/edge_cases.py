# Slice bounds clamp; step 0 is an error.
l = [0, 1, 2, 3, 4]
print(l[-100:100], l[3:1], l[5:], l[:-5], l[-1:], l[:-1])
print(l[10:20], l[-20:-10], l[::100], l[::-100])
print("abc"[5:10], "abc"[-10:1])
try:
    l[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[::0]
except ValueError as e:
    print("ValueError:", e)
print(l[True:], l[:False])
big = 10 ** 30
print(l[-big:big], l[big:], l[:-big], l[::-big])
print(l[1:-1:2], l[-1:0:-1], l[4:-6:-1])
