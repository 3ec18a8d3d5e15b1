# is* predicates.
samples = ["abc", "ABC", "Abc", "123", "12.5", "abc123", " ", "\t\n", "",
           "a b", "½", "²", "٣", "ǅ", "Hello World", "hello world", "HELLO 1",
           "ⅷ", "é", "_"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier())
print("abc".isascii(), "é".isascii(), "".isascii())
print("abc\n".isprintable(), "abc".isprintable())
