match {"a": [1, 2]}:
    case {"a": [first, *first]}:
        print(first)
