"""Type hints (ftpy's own implementation): the names exist and subscripting
works, but nothing is checked at runtime."""

import collections as _collections

__all__ = ["Any", "AnyStr", "Callable", "ClassVar", "Dict", "Final",
           "FrozenSet", "Generic", "Iterable", "Iterator", "List", "Literal",
           "Mapping", "NamedTuple", "NoReturn", "Optional", "Protocol",
           "Sequence", "Set", "Tuple", "Type", "TypeVar", "Union", "cast",
           "overload", "TYPE_CHECKING", "final", "get_type_hints",
           "runtime_checkable", "TypedDict", "NewType", "Generator",
           "Deque", "DefaultDict", "Counter", "OrderedDict", "ChainMap",
           "MutableMapping", "MutableSequence", "MutableSet", "Collection",
           "Container", "Hashable", "Sized", "Reversible", "Awaitable",
           "Coroutine", "AsyncIterator", "AsyncIterable", "ContextManager",
           "Pattern", "Match", "IO", "TextIO", "BinaryIO", "SupportsInt",
           "SupportsFloat", "SupportsIndex", "Self", "TypeAlias",
           "ParamSpec", "Concatenate", "Annotated", "no_type_check"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if obj is None or obj is type(None):
        return "None"
    if isinstance(obj, list):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    return repr(obj)


class _GenericAlias:
    """What subscripting a typing name returns, e.g. List[int]."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == "Optional":
            return "typing.Optional[" + _type_repr(self.__args__[0]) + "]"
        return "typing." + self._name + "[" + \
            ", ".join([_type_repr(a) for a in self.__args__]) + "]"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if origin is None or not callable(origin):
            raise TypeError("Type " + self._name + " cannot be instantiated")
        return origin(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    """A typing name such as Any, List or Optional; subscriptable."""

    def __init__(self, name, origin=None, subscriptable=True):
        self._name = name
        self.__origin__ = origin
        self._subscriptable = subscriptable

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if self._name == "Any":
            raise TypeError("type 'Any' is not subscriptable")
        if not self._subscriptable:
            raise TypeError("typing." + self._name + " is not subscriptable")
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == "Optional":
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return Union[params[0], None]
        if name == "Union":
            flat = []
            for p in params:
                if isinstance(p, _GenericAlias) and p._name == "Union":
                    items = p.__args__
                else:
                    items = (type(None) if p is None else p,)
                for i in items:
                    if i not in flat:
                        flat.append(i)
            if len(flat) == 1:
                return flat[0]
            alias = _GenericAlias(None, tuple(flat), "Union")
            if len(flat) == 2 and type(None) in flat:
                alias._name = "Optional"
                if flat[0] is type(None):
                    alias.__args__ = (flat[1], flat[0])
            return alias
        return _GenericAlias(self.__origin__, params, name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is not None:
            return self.__origin__(*args, **kwargs)
        raise TypeError("Cannot instantiate typing." + self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


Any = _SpecialForm("Any", subscriptable=False)
NoReturn = _SpecialForm("NoReturn", subscriptable=False)
Never = _SpecialForm("Never", subscriptable=False)
Self = _SpecialForm("Self", subscriptable=False)
TypeAlias = _SpecialForm("TypeAlias", subscriptable=False)
LiteralString = _SpecialForm("LiteralString", subscriptable=False)
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Literal = _SpecialForm("Literal")
Annotated = _SpecialForm("Annotated")
Concatenate = _SpecialForm("Concatenate")
TypeGuard = _SpecialForm("TypeGuard")
Required = _SpecialForm("Required")
NotRequired = _SpecialForm("NotRequired")
Unpack = _SpecialForm("Unpack")

List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
Type = _SpecialForm("Type", type)
Deque = _SpecialForm("Deque", _collections.deque)
DefaultDict = _SpecialForm("DefaultDict", _collections.defaultdict)
OrderedDict = _SpecialForm("OrderedDict", _collections.OrderedDict)
Counter = _SpecialForm("Counter", _collections.Counter)
ChainMap = _SpecialForm("ChainMap", _collections.ChainMap)
Callable = _SpecialForm("Callable")
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
MutableSequence = _SpecialForm("MutableSequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
AbstractSet = _SpecialForm("AbstractSet")
MutableSet = _SpecialForm("MutableSet")
Collection = _SpecialForm("Collection")
Container = _SpecialForm("Container")
Hashable = _SpecialForm("Hashable")
Sized = _SpecialForm("Sized")
Reversible = _SpecialForm("Reversible")
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
AsyncIterator = _SpecialForm("AsyncIterator")
AsyncIterable = _SpecialForm("AsyncIterable")
AsyncGenerator = _SpecialForm("AsyncGenerator")
ContextManager = _SpecialForm("ContextManager")
AsyncContextManager = _SpecialForm("AsyncContextManager")
Pattern = _SpecialForm("Pattern")
Match = _SpecialForm("Match")
IO = _SpecialForm("IO")
TextIO = _SpecialForm("TextIO")
BinaryIO = _SpecialForm("BinaryIO")
SupportsInt = _SpecialForm("SupportsInt", subscriptable=False)
SupportsFloat = _SpecialForm("SupportsFloat", subscriptable=False)
SupportsIndex = _SpecialForm("SupportsIndex", subscriptable=False)
SupportsAbs = _SpecialForm("SupportsAbs")
SupportsRound = _SpecialForm("SupportsRound")
Text = str


class TypeVar:
    """A type variable; repr '~T' (or '+T'/'-T' when co/contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)
        self.args = self
        self.kwargs = self


class _GenericMeta(type):
    """Lets Generic subclasses be subscripted: Box[int] is Box (ftpy has no
    __class_getitem__ yet)."""

    def __getitem__(cls, params):
        return cls


class Generic(metaclass=_GenericMeta):
    __slots__ = ()


class Protocol(Generic):
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Returns val unchanged."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of "
            "@typing.overload-decorated functions outside a stub module "
            "should always be followed by an implementation that is not "
            "@typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            d = getattr(base, "__dict__", None)
            if d is not None:
                hints.update(d.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}) or {})


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    return new_type


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get("__annotations__", {})
        fields = list(types)
        defaults = [ns[n] for n in fields if n in ns]
        nt = _collections.namedtuple(typename, fields, defaults=defaults,
                                     module=ns.get("__module__", "__main__"))
        for key, value in ns.items():
            if key not in fields and key not in ("__module__", "__qualname__",
                                                 "__annotations__", "__doc__"):
                setattr(nt, key, value)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """NamedTuple('P', [('x', int)]) or the class syntax."""
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _collections.namedtuple(typename, [f[0] for f in fields])


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    return dict
