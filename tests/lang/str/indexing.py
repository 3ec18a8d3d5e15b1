# Indexing strings with positive and negative indices.
s = "abcdefghij"
for i in range(len(s)):
    print(i, s[i], s[-i - 1])
print(s[0], s[-1], s[5])
print(len(s), len(""), len("a"))
u = "héllo wörld"
print(u[1], u[7], u[-1], len(u))
e = "日本語テキスト"
print(e[0], e[2], e[-1], len(e))
m = "a😀b"
print(m[1], len(m), m[2])
for ch in "xyz":
    print(ch, end=" ")
print()
print(type(s[0]), s[0] == "a")
print("abc"[1], "abc"[-3])
