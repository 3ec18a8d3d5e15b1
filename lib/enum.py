"""Enumerations (ftpy's own implementation): Enum, auto, unique.

IntEnum, IntFlag and StrEnum need int/str subclasses, which ftpy does not
support yet; Flag is not implemented.
"""

__all__ = ["EnumMeta", "EnumType", "Enum", "auto", "unique"]


class auto:
    """Placeholder value: replaced by the previous int value + 1 (or 1)."""
    _counter = 0

    def __init__(self):
        auto._counter += 1
        self._order = auto._counter
        self.value = None

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and
            name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and
            name[1] != "_" and name[-2] != "_")


def _f():
    pass


# ftpy: builtin descriptors (functions, property, staticmethod,
# classmethod) do not expose __get__ yet, so they are listed.
_builtin_descriptors = (type(_f), property, staticmethod, classmethod,
                        type(len))


def _is_descriptor(obj):
    if isinstance(obj, _builtin_descriptors):
        return True
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or
            hasattr(obj, "__delete__"))


def _is_private(cls_name, name):
    pattern = "_" + cls_name + "__"
    return name.startswith(pattern) and not name.endswith("__")


class EnumMeta(type):
    """Metaclass of Enum: builds the members, iteration and lookup."""

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key):
                continue
            if _is_descriptor(value) or isinstance(value, type):
                continue
            member_names.append(key)
        for base in bases:
            if isinstance(base, EnumMeta) and base._member_names_:
                raise TypeError("<enum " + repr(cls) + "> cannot extend <enum " +
                                repr(base.__name__) + ">")
        values = {}
        for key in member_names:
            values[key] = classdict[key]
        namespace = {}
        for key, value in classdict.items():
            if key not in values:
                namespace[key] = value
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        setattr(enum_class, "_member_names_", [])
        setattr(enum_class, "_member_map_", {})
        setattr(enum_class, "_value2member_map_", {})
        last_values = []
        gnv = getattr(enum_class, "_generate_next_value_")
        for name in member_names:
            value = values[name]
            if isinstance(value, auto):
                value = gnv(name, 1, len(last_values), list(last_values))
            args = value if isinstance(value, tuple) else (value,)
            member = object.__new__(enum_class)
            if _has_custom_init(enum_class):
                member.__init__(*args)
            if not hasattr(member, "_value_"):
                member._value_ = value
            member._name_ = name
            canonical = None
            for other in enum_class._member_map_.values():
                if other._value_ == member._value_:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            if canonical is None:
                try:
                    enum_class._value2member_map_[member._value_] = member
                except TypeError:
                    pass
            setattr(enum_class, name, member)
            last_values.append(value)
        return enum_class

    def __call__(cls, value, *args, **kwds):
        if args or kwds:
            return _functional(cls, value, *args, **kwds)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        missing = cls._missing_(value)
        if missing is not None:
            return missing
        raise ValueError(repr(value) + " is not a valid " + cls.__qualname__)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name]
                     for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return member._name_ in cls._member_map_
        return member in cls._value2member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        return "<enum " + repr(cls.__name__) + ">"

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    # ftpy: no __setattr__ guard ("cannot reassign member"): with a
    # metaclass __setattr__, type.__setattr__(cls, ...) fails in ftpy.

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(cls.__name__ + ": cannot delete Enum member.")
        type.__delattr__(cls, attr)


EnumType = EnumMeta


def _has_custom_init(cls):
    for k in cls.__mro__:
        d = getattr(k, "__dict__", None)
        if d is not None and "__init__" in d:
            return k.__name__ != "Enum" or k.__module__ != __name__
    return False


def _functional(cls, name, names, module=None, qualname=None, type=None,
                start=1):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    ns = {}
    names = list(names)
    for i in range(len(names)):
        item = names[i]
        if isinstance(item, str):
            ns[item] = start + i
        else:
            ns[item[0]] = item[1]
    if isinstance(names, dict):
        ns = dict(names)
    ns["__module__"] = module or "__main__"
    return EnumMeta(name, (cls,), ns)


class Enum(metaclass=EnumMeta):
    """Base class for enumerations: class Color(Enum): RED = 1."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + \
            repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def unique(enumeration):
    """Class decorator: raises ValueError if any value has aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join([a + " -> " + b for a, b in duplicates])
        raise ValueError("duplicate values found in " + repr(enumeration) +
                         ": " + alias_details)
    return enumeration
