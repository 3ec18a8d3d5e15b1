# Slicing strings with steps and negative indices.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-2], s[-1:-4:-1])
print(s[2:2], s[5:2], s[100:], s[-100:3], s[3:100])
print(s[::3], s[::-3], s[1:9:4])
print(repr(s[10:]), repr(s[:0]))
print(s[-5:-2], s[-2:-5], s[-2:-5:-1])
u = "héllo wörld"
print(u[1:5], u[::-1], u[::2])
print("日本語"[::-1], "日本語"[1:])
for start in range(-3, 4):
    print(start, s[start:start + 3], s[start::4])
print(s[None:4], s[4:None], s[::None])
