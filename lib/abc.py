"""Abstract base classes (ftpy's own implementation).

ftpy limitations worked around here:
- functions do not take attributes yet, so abstractmethod() records the
  functions it marks in a module-level registry instead of setting
  __isabstractmethod__ on them;
- isinstance()/issubclass() do not call __instancecheck__/__subclasscheck__
  yet, so ABCMeta.register() and __subclasshook__ only take effect when
  those methods are called explicitly (Cls.__instancecheck__(obj)).
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractproperty",
           "abstractclassmethod", "abstractstaticmethod", "get_cache_token",
           "update_abstractmethods"]

_marked = []      # functions marked by abstractmethod() (by identity)


def _mark(obj):
    try:
        obj.__isabstractmethod__ = True
    except (AttributeError, TypeError):
        for f in _marked:
            if f is obj:
                return
        _marked.append(obj)


def _is_abstract(obj):
    if getattr(obj, "__isabstractmethod__", False):
        return True
    for f in _marked:
        if f is obj:
            return True
    if isinstance(obj, property):
        for part in (getattr(obj, "fget", None), getattr(obj, "fset", None),
                     getattr(obj, "fdel", None)):
            if part is not None and _is_abstract(part):
                return True
        return False
    if isinstance(obj, (staticmethod, classmethod)):
        return _is_abstract(obj.__func__)
    return False


def abstractmethod(funcobj):
    """Marks a method abstract: a class whose metaclass is ABCMeta cannot be
    instantiated while it has abstract methods not overridden."""
    _mark(funcobj)
    return funcobj


def abstractclassmethod(callable):
    _mark(callable)
    return classmethod(callable)


def abstractstaticmethod(callable):
    _mark(callable)
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        _mark(fget)
    return property(fget, fset, fdel, doc)


_token = [0]


def get_cache_token():
    return _token[0]


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


def _set_collection_flags(cls, subclass):
    # Registering with Sequence or Mapping makes match statements treat
    # the class as one (CPython sets the type flag; the VM reads this
    # marker, see vm/match.h). Builtin types keep their own kind.
    flags = getattr(cls, "__abc_tpflags__", 0) & (1 << 5 | 1 << 6)
    if flags and getattr(subclass, "__abc_tpflags__", 0) != flags:
        try:
            subclass.__abc_tpflags__ = flags
        except (AttributeError, TypeError):
            pass


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class " + cls.__name__ +
                            " with abstract method" +
                            ("s " if len(names) > 1 else " ") + ", ".join(names))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if cls._is_sub(subclass):
            return subclass
        if cls._is_sub_of(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _token[0] += 1
        _set_collection_flags(cls, subclass)
        return subclass

    def _is_sub_of(cls, a, b):
        return b in a.__mro__

    def _is_sub(cls, subclass):
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        hook = NotImplemented if hook is None else hook(subclass)
        if hook is not NotImplemented:
            return bool(hook)
        for r in cls._abc_registry:
            if r in subclass.__mro__:
                return True
        for sc in type.__subclasses__(cls) if hasattr(type, "__subclasses__") else ():
            if isinstance(sc, ABCMeta) and sc._is_sub(subclass):
                return True
        return False

    def __instancecheck__(cls, instance):
        return cls._is_sub(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        return cls._is_sub(subclass)


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it instead of using metaclass=ABCMeta."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
