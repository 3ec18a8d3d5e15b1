point = (1, 2)
match point:
    case (0, y) | (x, 0):
        print("on an axis")
