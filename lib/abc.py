"""Abstract base classes (PEP 3119): the ABCMeta metaclass, the ABC helper
base class, and decorators that mark methods as abstract."""


def abstractmethod(funcobj):
    """Mark funcobj as abstract: a class whose metaclass is ABCMeta cannot be
    instantiated until every such method has been overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """Deprecated: use @classmethod stacked on top of @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """Deprecated: use @staticmethod stacked on top of @abstractmethod."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """Deprecated: use @property stacked on top of @abstractmethod."""

    __isabstractmethod__ = True


# A counter bumped by every register() call anywhere; the negative caches
# of all ABCs are only trusted while it keeps the value they were built at.
_invalidation = [0]

# Bits of __abc_tpflags__ that make instances match sequence/mapping
# patterns in a match statement.
_COLLECTION_FLAGS = (1 << 5) | (1 << 6)


def get_cache_token():
    """Return a token that changes whenever any ABC's virtual subclass
    registry changes, so callers can tell when their own caches are stale."""
    return _invalidation[0]


class _abc_data:
    """Per-class bookkeeping of an ABC: its registry and answer caches."""

    __slots__ = ('registry', 'cache', 'negative_cache',
                 'negative_cache_version')

    def __init__(self):
        self.registry = []
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _invalidation[0]


def _is_abstract(value):
    flag = getattr(value, '__isabstractmethod__', None)
    if flag is not None:
        return bool(flag)
    # Wrappers report the abstractness of what they wrap; spelled out here
    # for interpreters whose property/classmethod/staticmethod objects lack
    # the __isabstractmethod__ attribute.
    if isinstance(value, property):
        return any(_is_abstract(f)
                   for f in (value.fget, value.fset, value.fdel)
                   if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(getattr(value, '__func__', None))
    return False


def _collect_abstracts(cls, namespace_items, bases):
    names = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            names.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class ABCMeta(type):
    """Metaclass for abstract base classes.

    Classes made with it track their abstract methods and refuse to be
    instantiated while any remain; other classes (even built-in ones) can be
    declared virtual subclasses with register(), and __subclasshook__ may
    decide issubclass() answers by inspecting a class's methods.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _collect_abstracts(
            cls, namespace.items(), bases)
        cls._abc_impl = _abc_data()
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            names = sorted(abstracts)
            plural = 's' if len(names) > 1 else ''
            listed = ', '.join(f"'{n}'" for n in names)
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} without "
                f"an implementation for abstract method{plural} {listed}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Declare subclass a virtual subclass of this ABC and return it, so
        register can also be used as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        impl = cls._abc_impl
        if subclass not in impl.registry:
            impl.registry.append(subclass)
        _invalidation[0] += 1
        flags = getattr(cls, '__abc_tpflags__', 0)
        if isinstance(flags, int) and flags & _COLLECTION_FLAGS:
            current = getattr(subclass, '__abc_tpflags__', 0)
            if not (isinstance(current, int) and
                    current & _COLLECTION_FLAGS):
                try:
                    type.__setattr__(subclass, '__abc_tpflags__',
                                     flags & _COLLECTION_FLAGS)
                except (TypeError, AttributeError):
                    pass
        return subclass

    def __instancecheck__(cls, instance):
        klass = instance.__class__
        impl = cls._abc_impl
        if klass in impl.cache:
            return True
        actual = type(instance)
        if actual is klass:
            if (impl.negative_cache_version == _invalidation[0] and
                    klass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version != _invalidation[0]:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation[0]
        elif subclass in impl.negative_cache:
            return False
        hook = getattr(cls, '__subclasshook__', None)
        verdict = NotImplemented if hook is None else hook(subclass)
        if verdict is not NotImplemented:
            if verdict is not True and verdict is not False:
                raise AssertionError('__subclasshook__ must return either '
                                     'False, True, or NotImplemented')
            (impl.cache if verdict else impl.negative_cache).add(subclass)
            return verdict
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for registered in list(impl.registry):
            if issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches of this ABC (for debugging)."""
        impl = cls._abc_impl
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)
        print(f'_abc_registry: {set(impl.registry)!r}', file=file)
        print(f'_abc_cache: {impl.cache!r}', file=file)
        print(f'_abc_negative_cache: {impl.negative_cache!r}', file=file)
        print(f'_abc_negative_cache_version: '
              f'{impl.negative_cache_version!r}', file=file)

    def _abc_registry_clear(cls):
        """Forget every virtual subclass registered with this ABC."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Empty this ABC's positive and negative answer caches."""
        impl = cls._abc_impl
        impl.cache.clear()
        impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to or
    replaced in an already-created class (for class decorators); return
    cls.  Classes that do not track abstract methods are left alone."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _collect_abstracts(
        cls, list(cls.__dict__.items()), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """Base class giving its subclasses ABCMeta as their metaclass."""

    __slots__ = ()
