"""WeakSet: a set that holds its elements through weak references.

Kept in its own module (as in CPython) so that low-level modules can use
WeakSet without importing all of weakref.
"""

from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard:
    """Context manager marking a weak container as being iterated over.

    While at least one guard is active, weak references that die are only
    queued on the container; they are removed once the last guard exits, so
    the underlying set or dict never changes size under a running loop.  The
    guard refers to its container weakly so that a suspended generator does
    not keep the container alive.
    """

    __slots__ = ('_container', '__weakref__')

    def __init__(self, container):
        self._container = ref(container)

    def __enter__(self):
        container = self._container()
        if container is not None:
            container._iterating.add(self)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        container = self._container()
        if container is not None:
            active = container._iterating
            active.discard(self)
            if not active and container._pending_removals:
                container._commit_removals()
        return False


def _as_refs(iterable):
    """A set of plain weak references to the items of iterable."""
    return {ref(item) for item in iterable}


class WeakSet:
    """A set whose elements are held weakly: an element disappears from the
    set as soon as no strong reference to it remains."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(dead, selfref=ref(self)):
            owner = selfref()
            if owner is not None:
                if owner._iterating:
                    owner._pending_removals.append(dead)
                else:
                    owner.data.discard(dead)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    # -- bookkeeping -----------------------------------------------------

    def _commit_removals(self):
        pending = self._pending_removals
        discard = self.data.discard
        while pending:
            discard(pending.pop())

    def _settle(self):
        if self._pending_removals and not self._iterating:
            self._commit_removals()

    # -- basic protocol --------------------------------------------------

    def __iter__(self):
        with _IterationGuard(self):
            for wr in self.data:
                item = wr()
                if item is not None:
                    yield item

    def __len__(self):
        if self._pending_removals:
            if not self._iterating:
                self._commit_removals()
            else:
                return sum(1 for wr in self.data if wr() is not None)
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        state = {key: value for key, value in vars(self).items()
                 if key not in ('data', '_remove', '_pending_removals', '_iterating')}
        return self.__class__, (list(self),), state or None

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        alias = getattr(types, 'GenericAlias', None)
        return cls if alias is None else alias(cls, item)

    # -- mutation --------------------------------------------------------

    def add(self, item):
        """Add item (which must support weak references)."""
        self._settle()
        self.data.add(ref(item, self._remove))

    def clear(self):
        """Remove every element."""
        self._settle()
        self.data.clear()

    def copy(self):
        """A new WeakSet with the same elements."""
        return self.__class__(self)

    def pop(self):
        """Remove and return an arbitrary live element."""
        self._settle()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        """Remove item; KeyError if it is not present."""
        self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        """Remove item if it is present."""
        self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        """Add every element of other."""
        self._settle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._settle()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < _as_refs(other)

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > _as_refs(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == _as_refs(other)

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._settle()
        if self is other:
            self.data.clear()
        else:
            self.data ^= {ref(item, self._remove) for item in other}
        return self

    def union(self, other):
        return self.__class__(item for group in (self, other) for item in group)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0
