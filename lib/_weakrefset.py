"""WeakSet: a set whose members are held through weak references (Ferrython)."""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _Sweeper:
    """Bookkeeping shared by the weak containers.

    While a container is being iterated, entries whose referents die are not
    removed at once (that would change the size of the underlying dict or set
    mid-loop); their tokens are parked in ``_graveyard`` and swept once the
    last iteration has finished.
    """

    def _reset_sweeper(self):
        self._walkers = 0
        self._graveyard = []

    def _bury(self, token):
        # Called (indirectly) from weak reference callbacks.
        if self._walkers:
            self._graveyard.append(token)
        else:
            self._discard_token(token)

    def _sweep(self):
        # Drop everything parked while iterations were running.
        parked = self._graveyard
        if parked and not self._walkers:
            self._graveyard = []
            for token in parked:
                self._discard_token(token)

    def _walk_begin(self):
        self._walkers += 1

    def _walk_end(self):
        self._walkers -= 1
        if not self._walkers and self._graveyard:
            self._sweep()


def _make_reaper(container):
    # The callback must not keep the container itself alive.
    home = ref(container)

    def reap(dead):
        owner = home()
        if owner is not None:
            owner._bury(dead)
    return reap


class WeakSet(_Sweeper):
    """A set of objects that are referenced only weakly."""

    def __init__(self, data=None):
        self.data = set()
        self._reset_sweeper()
        self._reap = _make_reaper(self)
        if data is not None:
            self.update(data)

    def _discard_token(self, token):
        self.data.discard(token)

    def _wrap(self, item):
        return ref(item, self._reap)

    def __iter__(self):
        self._walk_begin()
        try:
            for cell in self.data:
                member = cell()
                if member is not None:
                    yield member
        finally:
            self._walk_end()

    def __len__(self):
        return len(self.data) - len(self._graveyard)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        return (type(self), (list(self),), state)

    def add(self, item):
        self._sweep()
        self.data.add(self._wrap(item))

    def clear(self):
        self._sweep()
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def pop(self):
        self._sweep()
        while self.data:
            try:
                cell = self.data.pop()
            except KeyError:
                break
            member = cell()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self._sweep()
        probe = ref(item)
        self.data.remove(probe)

    def discard(self, item):
        self._sweep()
        probe = ref(item)
        self.data.discard(probe)

    def update(self, other):
        self._sweep()
        for member in other:
            self.data.add(self._wrap(member))

    def __ior__(self, other):
        self.update(other)
        return self

    def _refs_of(self, other):
        return {ref(member) for member in other}

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._sweep()
        if other is self:
            self.data.clear()
        else:
            self.data -= self._refs_of(other)
        return self

    def intersection(self, other):
        return type(self)(member for member in other if member in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._sweep()
        self.data &= self._refs_of(other)
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs_of(other))
    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs_of(other))
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == self._refs_of(other)

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._sweep()
        if other is self:
            self.data.clear()
        else:
            fresh = {self._wrap(member) for member in other}
            self.data.symmetric_difference_update(fresh)
        return self

    def union(self, other):
        return type(self)(member for group in (self, other) for member in group)
    __or__ = union

    def isdisjoint(self, other):
        return not self.intersection(other)

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)
