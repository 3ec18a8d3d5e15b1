# upper lower title capitalize swapcase.
words = ["hello", "WORLD", "MiXeD cAsE", "hello world", "o'neil's", "123abc",
         "ß straße", "éclair", "", "a1b2c3", "they're bill's friends",
         "UPPER lower", "  spaces  here"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()),
          repr(w.capitalize()), repr(w.swapcase()))
print("ABC".lower() == "abc", "abc".upper() == "ABC")
print("hELLO".capitalize(), "x".title())
print("Σ".lower(), "ω".upper())
