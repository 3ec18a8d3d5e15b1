# Nested dicts and lists.
db = {
    "users": {
        "ann": {"age": 31, "langs": ["py", "c"]},
        "bob": {"age": 25, "langs": ["go"]},
    },
    "version": 2,
}
print(db["users"]["ann"]["langs"][1])
db["users"]["bob"]["langs"].append("rust")
db["users"]["cy"] = {"age": 40, "langs": []}
for name, info in db["users"].items():
    print(name, info["age"], ",".join(info["langs"]) or "-")
print(sum([u["age"] for u in db["users"].values()]))
print(db)
inverted = {}
for name, info in db["users"].items():
    for lang in info["langs"]:
        inverted.setdefault(lang, []).append(name)
print(inverted)
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix)
