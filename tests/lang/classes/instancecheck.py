# isinstance/issubclass consult a metaclass's __instancecheck__/__subclasscheck__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(3, (str, int)), issubclass(bool, (int,)), isinstance(Mallard(), (Duck, int)))
