# join with various separators and iterables.
print(",".join(["a", "b", "c"]))
print("".join(["x", "y", "z"]))
print(" - ".join(("one", "two")))
print("|".join("abc"))
print(", ".join([]))
print("+".join(["solo"]))
print("\n".join(["line1", "line2"]))
print("".join([str(i) for i in range(10)]))
print(":".join({"k1": 1, "k2": 2}))
print(" ".join(reversed(["c", "b", "a"])))
print("é".join(["a", "b"]))
parts = []
for i in range(4):
    parts.append("item" + str(i))
print("; ".join(parts))
print("-".join(sorted(["b", "c", "a"])))
print("".join(map(str, [1, 2, 3])))
print("ab".join(["", "", ""]))
