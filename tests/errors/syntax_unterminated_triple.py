x = 1
text = """first line
second line
print(text)
