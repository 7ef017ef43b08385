"""Binary min-heaps kept in plain lists (heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2]), plus merge, nlargest and nsmallest built on them.
Only the < operator is used to compare items."""

# These are C functions in CPython: their frames stay out of tracebacks and profiles.
__native_frames__ = ("heappush", "heappop", "heapify", "heapreplace", "heappushpop",
                    "_heapify_max", "_heappop_max", "_heapreplace_max", "_check_list",
                    "_sift_toward_root", "_sift_to_leaf", "_sift_toward_root_max",
                    "_sift_to_leaf_max")

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


# ---- sifting helpers (min-heap) ----------------------------------------

def _sift_toward_root(heap, top, pos):
    """Move heap[pos] up towards index top until its parent is not larger."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    """Refill the hole at pos by pulling the smaller child up all the way
    to a leaf, then let the displaced item climb back to its place."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, top, pos)


# ---- sifting helpers (max-heap) ----------------------------------------

def _sift_toward_root_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_to_leaf_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, top, pos)


# ---- public heap operations --------------------------------------------

def _check_list(heap, func, which=''):
    if not isinstance(heap, list):
        raise TypeError('%s() argument %smust be list, not %s'
                        % (func, which, type(heap).__name__))


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list(heap, 'heappush', '1 ')
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item of heap."""
    _check_list(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_to_leaf(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item (heap must not be
    empty); the result may be larger than item."""
    _check_list(heap, 'heapreplace', '1 ')
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_to_leaf(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item (done in one go)."""
    _check_list(heap, 'heappushpop', '1 ')
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_to_leaf(heap, 0)
    return item


def heapify(x, /):
    """Rearrange list x into a heap, in place, in linear time."""
    _check_list(x, 'heapify')
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf(x, i)


def _heappop_max(heap):
    """Pop the largest item of a max-heap."""
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_to_leaf_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Pop the largest item of a max-heap and push item."""
    if not heap:
        raise IndexError('index out of range')
    largest = heap[0]
    heap[0] = item
    _sift_to_leaf_max(heap, 0)
    return largest


def _heapify_max(x):
    """Rearrange list x into a max-heap, in place."""
    for i in reversed(range(len(x) // 2)):
        _sift_to_leaf_max(x, i)


# ---- merge -----------------------------------------------------------------

def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; among equal items the
    one from the earlier input comes first."""
    if reverse:
        push_down = _sift_to_leaf_max
        heap_make = _heapify_max
        pop_top = _heappop_max
    else:
        push_down = _sift_to_leaf
        heap_make = heapify
        pop_top = heappop
    # Entries are [sort_key, input_number, (value,) iterator]; the number
    # breaks ties (and keeps values from ever being compared directly).
    # In reverse mode the number is negated so earlier inputs still win.
    sign = -1 if reverse else 1
    heap = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            if key is None:
                heap.append([value, number * sign, it])
            else:
                heap.append([key(value), number * sign, value, it])
            break
    heap_make(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                if key is None:
                    yield entry[0]
                    entry[0] = next(entry[2])
                else:
                    yield entry[2]
                    value = next(entry[3])
                    entry[0] = key(value)
                    entry[2] = value
                push_down(heap, 0)
        except StopIteration:
            pop_top(heap)
    if heap:
        entry = heap[0]
        if key is None:
            yield entry[0]
            yield from entry[2]
        else:
            yield entry[2]
            yield from entry[3]


# ---- nsmallest / nlargest ----------------------------------------------

def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first; equivalent to
    sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        if key is None:
            best = min(iter(iterable), default=missing)
        else:
            best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # Keep a max-heap of the n best seen so far; entries carry their
    # arrival order so that ties resolve like a stable sort.
    it = iter(iterable)
    heap = []
    order = 0
    for elem in it:
        if key is None:
            heap.append((elem, order))
        else:
            heap.append((key(elem), order, elem))
        order += 1
        if order == n:
            break
    if not heap:
        return []
    _heapify_max(heap)
    worst = heap[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if k < worst:
            if key is None:
                _heapreplace_max(heap, (k, order))
            else:
                _heapreplace_max(heap, (k, order, elem))
            worst = heap[0][0]
        order += 1
    heap.sort()
    if key is None:
        return [entry[0] for entry in heap]
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first; equivalent to
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        if key is None:
            best = max(iter(iterable), default=missing)
        else:
            best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # Keep a min-heap of the n best seen so far; a decreasing order number
    # makes earlier items win ties.
    it = iter(iterable)
    heap = []
    order = 0
    for elem in it:
        if key is None:
            heap.append((elem, order))
        else:
            heap.append((key(elem), order, elem))
        order -= 1
        if -order == n:
            break
    if not heap:
        return []
    heapify(heap)
    worst = heap[0][0]
    for elem in it:
        k = elem if key is None else key(elem)
        if worst < k:
            if key is None:
                heapreplace(heap, (k, order))
            else:
                heapreplace(heap, (k, order, elem))
            worst = heap[0][0]
        order -= 1
    heap.sort(reverse=True)
    if key is None:
        return [entry[0] for entry in heap]
    return [entry[2] for entry in heap]

