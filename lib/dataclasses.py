"""Data classes: @dataclass generates __init__, __repr__, __eq__ (and,
on request, ordering and immutability) from a class's annotated fields.

Written for ftpy. The generated methods are closures over the field list
(there is no code generation with exec)."""

__all__ = ["dataclass", "field", "fields", "asdict", "astuple", "replace",
           "is_dataclass", "FrozenInstanceError", "MISSING"]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, compare):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.compare = compare

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},"
                f"default={self.default!r},"
                f"default_factory={self.default_factory!r},init={self.init!r},"
                f"repr={self.repr!r},compare={self.compare!r})")


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          compare=True):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, compare)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(obj):
    if not is_dataclass(obj):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(obj.__dataclass_fields__.values())


def _plain(value, factory):
    if is_dataclass(value) and not isinstance(value, type):
        return factory([(f.name, _plain(getattr(value, f.name), factory))
                        for f in fields(value)])
    if isinstance(value, list):
        return [_plain(v, factory) for v in value]
    if isinstance(value, tuple):
        return tuple([_plain(v, factory) for v in value])
    if isinstance(value, dict):
        return {_plain(k, factory): _plain(v, factory) for k, v in value.items()}
    return value


def asdict(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _plain(obj, dict)


def astuple(obj):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple([_plain(getattr(obj, f.name), lambda items: tuple([v for _, v in items]))
                  for f in fields(obj)])


def replace(obj, **changes):
    values = {}
    for f in fields(obj):
        if f.init:
            values[f.name] = changes.pop(f.name, getattr(obj, f.name))
    if changes:
        name = sorted(changes)[0]
        raise TypeError(f"{type(obj).__qualname__}.__init__() got an "
                        f"unexpected keyword argument '{name}'")
    return type(obj)(**values)


def _listed(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def _collect_fields(cls):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            collected[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    for name, tp in annotations.items():
        default = cls.__dict__.get(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name, f.type = name, tp
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default)} for field "
                             f"{name} is not allowed: use default_factory")
        if f.default is MISSING:
            if isinstance(default, Field):
                delattr(cls, name)
        else:
            setattr(cls, name, f.default)
        collected[name] = f
    return list(collected.values())


def _make_init(cls, flds):
    params = [f for f in flds if f.init]
    seen_default = False
    for f in params:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError(f"non-default argument '{f.name}' follows default argument")
        seen_default = seen_default or has_default
    qual = cls.__qualname__

    def __init__(self, *args, **kwargs):
        if len(args) > len(params):
            required = len([f for f in params if f.default is MISSING
                            and f.default_factory is MISSING]) + 1
            most = len(params) + 1
            takes = (f"from {required} to {most}" if required < most
                     else f"{most}")
            raise TypeError(f"{qual}.__init__() takes {takes} positional "
                            f"arguments but {len(args) + 1} were given")
        values = {}
        for f, v in zip(params, args):
            values[f.name] = v
        for name, v in kwargs.items():
            if name not in [f.name for f in params]:
                raise TypeError(f"{qual}.__init__() got an unexpected keyword "
                                f"argument '{name}'")
            if name in values:
                raise TypeError(f"{qual}.__init__() got multiple values for "
                                f"argument '{name}'")
            values[name] = v
        missing = []
        for f in params:
            if f.name in values:
                continue
            if f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            else:
                missing.append(f.name)
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(f"{qual}.__init__() missing {len(missing)} required "
                            f"positional argument{s}: {_listed(missing)}")
        for f in flds:
            if f.name in values:
                object.__setattr__(self, f.name, values[f.name])
            elif f.default_factory is not MISSING:
                object.__setattr__(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                object.__setattr__(self, f.name, f.default)
        post = getattr(self, "__post_init__", None)
        if post is not None:
            post()

    return __init__


def _process(cls, init, repr, eq, order, frozen, unsafe_hash):
    flds = _collect_fields(cls)
    cls.__dataclass_fields__ = {f.name: f for f in flds}
    own = cls.__dict__
    if init and "__init__" not in own:
        cls.__init__ = _make_init(cls, flds)
    shown = [f for f in flds if f.repr]
    compared = [f for f in flds if f.compare]

    def as_tuple(obj):
        return tuple([getattr(obj, f.name) for f in compared])

    if repr and "__repr__" not in own:
        def __repr__(self):
            parts = [f"{f.name}={getattr(self, f.name)!r}" for f in shown]
            return f"{type(self).__qualname__}({', '.join(parts)})"
        cls.__repr__ = __repr__
    if eq and "__eq__" not in own:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return as_tuple(self) == as_tuple(other)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        def compare(op):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(as_tuple(self), as_tuple(other))
                return NotImplemented
            return method
        cls.__lt__ = compare(lambda a, b: a < b)
        cls.__le__ = compare(lambda a, b: a <= b)
        cls.__gt__ = compare(lambda a, b: a > b)
        cls.__ge__ = compare(lambda a, b: a >= b)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field '{name}'")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field '{name}'")
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if unsafe_hash or (eq and frozen):
        cls.__hash__ = lambda self: hash(as_tuple(self))
    elif eq and "__hash__" not in own:
        cls.__hash__ = None
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen, unsafe_hash)
    return wrap if cls is None else wrap(cls)
