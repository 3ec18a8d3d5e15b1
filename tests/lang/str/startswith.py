# startswith and endswith with tuples and start/end.
s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""))
print(s.startswith(("hi", "he")), s.startswith(("x", "y")))
print(s.endswith(("ld", "zz")), s.endswith(()))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wo", 6, 8))
print(s.endswith("hello", 0, 5), s.endswith("hell", 0, 5))
print(s.startswith("o", -5), s.endswith("l", -10, -1))
print("".startswith(""), "".endswith("a"))
names = ["test_a.py", "main.c", "test_b.py", "README"]
print([n for n in names if n.startswith("test_") and n.endswith(".py")])
print([n for n in names if n.endswith((".c", ".h"))])
print("日本語".startswith("日本"), "日本語".endswith("語"))
