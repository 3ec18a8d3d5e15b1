class Strict:
    def __eq__(self, other):
        raise TypeError(f"cannot compare Strict with {type(other).__name__}")


match Strict():
    case None:
        print("None")
    case 0:
        print("zero")
