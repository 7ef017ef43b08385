"""Building blocks for iterator pipelines: infinite iterators (count, cycle,
repeat), iterators that filter, slice or combine others, and combinatoric
generators (product, permutations, combinations).

Each public function checks its arguments straight away and then hands back
a generator that does the work lazily.
"""

# CPython implements this module in C: its frames stay out of tracebacks and profiles.
__native_module__ = True


__all__ = ['accumulate', 'batched', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_MISSING = object()


def _number_check(value):
    if not isinstance(value, (int, float, complex)):
        try:
            value + 0
        except TypeError:
            raise TypeError('a number is required') from None


# Infinite iterators

class count:
    """start, start + step, start + 2 * step, ... forever."""
    __tp_name__ = 'itertools.count'   # the C type's name CPython shows in messages

    def __init__(self, start=0, step=1):
        _number_check(start)
        _number_check(step)
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f'count({self._next!r})'
        return f'count({self._next!r}, {step!r})'

    def __reduce__(self):
        return (type(self), (self._next, self._step))


def cycle(iterable):
    """The items of iterable, then the same items again, endlessly."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for item in it:
        yield item
        saved.append(item)
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """object over and over: forever, or times times."""
    __tp_name__ = 'itertools.repeat'   # the C type's name CPython shows in messages

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            times = max(0, times.__index__() if not isinstance(times, int) else times)
        self._left = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._left})'

    def __reduce__(self):
        if self._left is None:
            return (type(self), (self._object,))
        return (type(self), (self._object, self._left))


# Iterators terminating on the shortest input

def accumulate(iterable, func=None, *, initial=None):
    """Running totals of iterable (or running results of func)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for item in it:
            total = total + item
            yield total
    else:
        for item in it:
            total = func(total, item)
            yield total


def batched(iterable, n):
    """The items of iterable in tuples of n (the last one may be shorter)."""
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)


def _batched(it, n):
    while True:
        batch = []
        for item in it:
            batch.append(item)
            if len(batch) == n:
                break
        if not batch:
            return
        yield tuple(batch)
        if len(batch) < n:
            return


def chain(*iterables):
    """The items of the first iterable, then of the second, and so on."""
    return _chain(iterables)


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def _chain_from_iterable(iterables):
    """Like chain(*iterables), but reads the iterables lazily."""
    return _chain(iterables)


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def dropwhile(predicate, iterable):
    """Skip items while predicate holds, then yield everything else."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def takewhile(predicate, iterable):
    """Items for as long as predicate holds for them."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    """The items for which predicate is false (falsy items if it is None)."""
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for item in it:
            if not item:
                yield item
    else:
        for item in it:
            if not predicate(item):
                yield item


class groupby:
    """Pairs (key, group) for each run of consecutive items with equal keys;
    each group is an iterator over that run and is only valid until the
    next pair is requested."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target = _MISSING   # key of the group handed out last
        self._key = _MISSING      # key of self._value
        self._value = _MISSING    # the item read ahead, if not yet consumed
        self._group_id = 0

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        self._key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value

    def __next__(self):
        self._group_id += 1
        # Skip whatever remains of the current run.
        while True:
            if self._key is _MISSING:
                pass
            elif self._target is _MISSING or not self._target == self._key:
                break
            self._step()
        self._target = self._key
        return self._key, self._group(self._target, self._group_id)

    def _group(self, target, group_id):
        while self._group_id == group_id:
            if self._value is _MISSING:
                try:
                    self._step()
                except StopIteration:
                    return
            if not target == self._key:
                return
            value = self._value
            self._value = _MISSING
            yield value


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items of iterable at positions start, start + step, ... below stop
    (no limit if stop is None)."""
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(
            f'islice expected at most 4 arguments, got {len(args) + 1}')
    s = slice(*args)
    start = 0 if s.start is None else s.start
    stop = s.stop
    step = 1 if s.step is None else s.step
    what = 'Stop argument' if len(args) == 1 else 'Indices'
    for value in (start, stop):
        if value is not None and (not isinstance(value, int) or value < 0):
            raise ValueError(f'{what} for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
    if not isinstance(step, int) or step < 1:
        raise ValueError('Step for islice() must be a positive integer '
                         'or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    consumed = 0
    wanted = start
    while True:
        # Skip ahead to the next wanted position (lazily, on each request).
        while consumed < wanted:
            try:
                next(it)
            except StopIteration:
                return
            consumed += 1
        if stop is not None and consumed >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        consumed += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield item


def starmap(function, iterable):
    """function(*args) for each args tuple in iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def tee(iterable, n=2):
    """n independent iterators over the items of one iterable."""
    if not isinstance(n, int):
        raise TypeError(
            f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    # A singly linked list of [value, next_node] shared by all the copies;
    # each copy walks it at its own pace and extends it when at the end.
    start = [None, None]
    return tuple([_tee_walk(it, start) for _ in range(n)])


def _tee_walk(it, node):
    while True:
        following = node[1]
        if following is None:
            try:
                value = next(it)
            except StopIteration:
                return
            if node[1] is None:
                node[1] = [value, None]
            following = node[1]
        node = following
        yield node[0]


def zip_longest(*iterables, fillvalue=None):
    """Like zip, but runs until the longest input is exhausted, padding
    the others with fillvalue."""
    return _zip_longest([iter(x) for x in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                iterators[i] = None
                active -= 1
                if not active:
                    return
                row.append(fillvalue)
        yield tuple(row)


def pairwise(iterable):
    """Overlapping pairs of consecutive items: (a, b), (b, c), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for item in it:
        yield previous, item
        previous = item


# Combinatoric iterators

def product(*iterables, repeat=1):
    """Cartesian product of the inputs, as tuples, in odometer order
    (the last position changes fastest)."""
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(p) for p in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    positions = [0] * len(pools)
    while True:
        yield tuple([pool[i] for pool, i in zip(pools, positions)])
        # Advance the rightmost position that is not at its end.
        k = len(pools) - 1
        while k >= 0 and positions[k] == len(pools[k]) - 1:
            positions[k] = 0
            k -= 1
        if k < 0:
            return
        positions[k] += 1


def permutations(iterable, r=None):
    """All orderings of r distinct items (all items by default), as tuples,
    in lexicographic order of positions."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    elif r < 0:
        raise ValueError('r must be non-negative')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))
    used = [i < r for i in range(n)]
    while True:
        yield tuple([pool[i] for i in chosen])
        # Find the rightmost slot that can move to a larger unused index,
        # then fill the slots after it with the smallest unused indices.
        k = r - 1
        while k >= 0:
            used[chosen[k]] = False
            nxt = chosen[k] + 1
            while nxt < n and used[nxt]:
                nxt += 1
            if nxt < n:
                chosen[k] = nxt
                used[nxt] = True
                break
            k -= 1
        if k < 0:
            return
        free = 0
        for j in range(k + 1, r):
            while used[free]:
                free += 1
            chosen[j] = free
            used[free] = True


def combinations(iterable, r):
    """All r-item selections, as tuples, keeping the input order."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    chosen = list(range(r))
    while True:
        yield tuple([pool[i] for i in chosen])
        k = r - 1
        while k >= 0 and chosen[k] == k + n - r:
            k -= 1
        if k < 0:
            return
        chosen[k] += 1
        for j in range(k + 1, r):
            chosen[j] = chosen[j - 1] + 1


def combinations_with_replacement(iterable, r):
    """Like combinations, but an item may be chosen more than once."""
    pool = tuple(iterable)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    chosen = [0] * r
    while True:
        yield tuple([pool[i] for i in chosen])
        k = r - 1
        while k >= 0 and chosen[k] == n - 1:
            k -= 1
        if k < 0:
            return
        value = chosen[k] + 1
        for j in range(k, r):
            chosen[j] = value
