# Metaclasses, __init_subclass__, __set_name__, descriptors, setters.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)


class Tagged(metaclass=Meta):
    pass


print(Tagged.tag, type(Tagged).__name__)


class Base:
    registry = []

    def __init_subclass__(cls, kind="plain", **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, kind))


class One(Base, kind="first"):
    pass


class Two(Base):
    pass


print(Base.registry)


class Named:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + "." + name

    def __get__(self, obj, objtype=None):
        return self.name if obj is None else f"bound {self.name}"


class Holder:
    field = Named()


print(Holder.field, Holder().field)


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v


t = Temp()
t.c = 25
print(t.c)
try:
    t.c = -300
except ValueError as e:
    print(e)
print(Temp.__doc__, Holder.__module__, Temp().__dict__)


class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt

    def __iter__(self):
        node = self
        while node:
            yield node.v
            node = node.nxt


print(list(Node(1, Node(2, Node(3)))))
print(getattr(t, "c"), hasattr(t, "zz"), setattr(t, "zz", 1), t.zz, vars(t) if False else t.__dict__)
