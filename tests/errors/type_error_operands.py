count = 3
label = "items: "
print(count + label)
