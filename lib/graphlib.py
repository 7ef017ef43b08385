"""Topological sorting of graphs of hashable nodes.

Clean-room implementation for Ferrython, written from the documented
behaviour of the standard ``graphlib`` module.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# pseudo in-degree values marking a node's progress
_HANDED_OUT = -1
_FINISHED = -2


class _Vertex:
    __slots__ = ('node', 'pending', 'followers')

    def __init__(self, node):
        self.node = node
        # number of predecessors not yet done (or a status marker)
        self.pending = 0
        # nodes depending on this one, duplicates included
        self.followers = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle.

    args[1] holds the nodes of one cycle, first node repeated at the end.
    """


class TopologicalSorter:
    """Order the nodes of a graph so that predecessors come first."""

    def __init__(self, graph=None):
        self._vertices = {}
        self._ready = None          # becomes a list once prepared
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _vertex(self, node):
        vertex = self._vertices.get(node)
        if vertex is None:
            vertex = self._vertices[node] = _Vertex(node)
        return vertex

    def add(self, node, *predecessors):
        """Add node, depending on each of the given predecessors."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        target = self._vertex(node)
        target.pending += len(predecessors)
        for pred in predecessors:
            self._vertex(pred).followers.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [v.node for v in self._vertices.values()
                       if v.pending == 0]
        loop = self._search_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of all nodes that are ready to be processed."""
        self._require_prepared()
        batch = tuple(self._ready)
        for node in batch:
            self._vertices[node].pending = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """True while some nodes remain to be handed out or finished."""
        self._require_prepared()
        if self._ready:
            return True
        return self._finished < self._handed_out

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed."""
        self._require_prepared()
        for node in nodes:
            vertex = self._vertices.get(node)
            if vertex is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = vertex.pending
            if state == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _HANDED_OUT:
                raise ValueError(
                    f"node {node!r} was not passed out (still not ready)")
            vertex.pending = _FINISHED
            for follower in vertex.followers:
                other = self._vertices[follower]
                other.pending -= 1
                if other.pending == 0:
                    self._ready.append(follower)
            self._finished += 1

    def _search_cycle(self):
        # Depth-first walk along successor edges, in insertion order.
        # Returns the first cycle met as a list (start node repeated).
        vertices = self._vertices
        visited = set()
        for root in vertices:
            if root in visited:
                continue
            path = [root]
            position = {root: 0}
            cursors = [iter(vertices[root].followers)]
            visited.add(root)
            while cursors:
                nxt = next(cursors[-1], _SENTINEL)
                if nxt is _SENTINEL:
                    cursors.pop()
                    del position[path.pop()]
                    continue
                if nxt in position:
                    return path[position[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                position[nxt] = len(path)
                path.append(nxt)
                cursors.append(iter(vertices[nxt].followers))
        return None

    def static_order(self):
        """Yield all nodes in a topological order (calls prepare())."""
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)


_SENTINEL = object()
