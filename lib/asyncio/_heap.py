"""Binary min-heap helpers for the timer queue and PriorityQueue.

They follow the same algorithm as the heapq module, so items that compare
equal come out in the same order as with CPython; heapq itself is used
when it is available."""


def _sift_toward_root(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Move the smaller child up until a leaf is reached, then put the
    # original item there and let it rise to its place.
    size = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_to_leaf(heap, 0)
    return top


def heapify(heap):
    for pos in reversed(range(len(heap) // 2)):
        _sift_to_leaf(heap, pos)


try:
    from heapq import heappush, heappop, heapify
except ImportError:
    pass
