# Adjacent string literals, mixed prefixes, and unicode text.
s = "abc" 'def' """ghi"""
print(s)
print("one " "two "
      "three")
t = ("parenthesised "
     "continuation")
print(t)
print("caf\u00e9" == "café")
print(len("café"), len("日本語"), len("😀"))
print("日本" + "語")
print("ü" * 3)
print(r"raw\n" "cooked\\n")
print(b"by" b"tes")
u = "Ω≈ç√∫"
print(u, len(u))
print([c for c in u])
print(repr("ñ"))
print("\u03b1" == "α")
print(ord("€"), chr(8364))
print("a\
b")
