def lookup(table, keys):
    out = []
    for k in keys:
        out.append(table[k])
    return out


print(lookup({"a": 1, "b": 2}, ["a", "b"]))
print(lookup({"a": 1, "b": 2}, ["a", "c"]))
