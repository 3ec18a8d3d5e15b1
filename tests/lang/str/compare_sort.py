# String comparison and sorting.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "", "a", "ab"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words))
print("abc" == "abc", "abc" != "abd", "a" * 3 == "aaa")
print("10" < "9", "10" < "100", "abc" > "ab")
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(sorted("hello world"))
print(sorted(["é", "e", "f", "z", "ä"]))
