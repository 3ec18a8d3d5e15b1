"""Abstract base classes (ftpy's own implementation of CPython 3.11's abc).

ABCMeta answers isinstance()/issubclass() through __instancecheck__ and
__subclasscheck__, which the builtins consult: a class is a subclass of an
ABC when the ABC's __subclasshook__ says so, when the ABC is in its MRO,
when it is a subclass of a registered class, or when it is a subclass of
one of the ABC's own subclasses. Answers are cached per ABC; register()
invalidates every negative cache through a global counter, as in CPython.

ftpy differences worked around here:
- there are no weak references, so registries and caches hold their
  classes strongly (classes are rarely freed anyway);
- type has no __subclasses__(), so ABCMeta records each ABC's direct
  subclasses itself (every subclass of an ABC is created by ABCMeta);
- property, classmethod and staticmethod do not expose
  __isabstractmethod__, so _is_abstract() looks inside them.
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractproperty",
           "abstractclassmethod", "abstractstaticmethod", "get_cache_token",
           "update_abstractmethods"]


def abstractmethod(funcobj):
    """Marks a method abstract: a class whose metaclass is ABCMeta cannot be
    instantiated while it has abstract methods not overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use classmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod(abstractmethod(f))."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use property(abstractmethod(f))."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(obj):
    if getattr(obj, "__isabstractmethod__", False):
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


# Bumped by every register(): negative cache entries older than it are stale.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever an ABC's registry changes."""
    return _invalidation_counter


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recomputes an ABC's abstract methods after methods were added or
    overridden on it after its creation (class decorators do that)."""
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
    """Metaclass for abstract base classes: abstract methods, register(),
    and isinstance()/issubclass() through __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _invalidation_counter
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class " +
                            cls.__name__ + " with abstract method" +
                            ("s " if len(names) > 1 else " ") +
                            ", ".join(names))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Registers a virtual subclass; returns it (usable as a class
        decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _invalidation_counter += 1
        _set_collection_flags(cls, subclass)
        return subclass

    def __instancecheck__(cls, instance):
        # ftpy: classes have no __class__ attribute yet
        subclass = getattr(instance, "__class__", None)
        if subclass is None:
            subclass = type(instance)
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _invalidation_counter and
                    subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return (cls.__subclasscheck__(subclass) or
                cls.__subclasscheck__(subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = _subclass_hook(cls, subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper: prints the registry and caches."""
        print("Class: " + cls.__module__ + "." + cls.__qualname__, file=file)
        print("Inv. counter: " + str(get_cache_token()), file=file)
        for name in ("_abc_registry", "_abc_cache", "_abc_negative_cache",
                     "_abc_negative_cache_version"):
            print(name + ": " + repr(getattr(cls, name)), file=file)

    def _abc_registry_clear(cls):
        """Clears the registry (for tests)."""
        cls._abc_registry = []

    def _abc_caches_clear(cls):
        """Clears the caches (for tests)."""
        cls._abc_cache = set()
        cls._abc_negative_cache = set()


def _subclass_hook(cls, subclass):
    # object.__subclasshook__ is missing in ftpy: no hook means no opinion.
    hook = getattr(cls, "__subclasshook__", None)
    if hook is None:
        return NotImplemented
    return hook(subclass)


class ABC(metaclass=ABCMeta):
    """Helper class: subclass it instead of using metaclass=ABCMeta."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
