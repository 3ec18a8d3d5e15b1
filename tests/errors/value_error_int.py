def parse(text):
    return int(text)


print(parse("42"))
print(parse("x"))
