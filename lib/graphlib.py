"""Topological ordering of a graph of hashable nodes, with an incremental
interface (prepare / get_ready / done) for processing nodes in parallel."""

__all__ = ["TopologicalSorter", "CycleError"]

# Values stored in _Node.waiting once a node leaves the "counting" state.
_HANDED_OUT = -1
_FINISHED = -2


class _Node:
    __slots__ = ("node", "waiting", "successors")

    def __init__(self, node):
        self.node = node
        # Number of predecessors not yet done, or one of the markers above.
        self.waiting = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the
    nodes of one cycle, with the first node repeated at the end."""


class TopologicalSorter:
    """Sorts the nodes of a graph so every node comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.waiting += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.waiting == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        batch = tuple(self._ready)
        nodes = self._nodes
        for node in batch:
            nodes[node].waiting = _HANDED_OUT
        self._ready.clear()
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        table = self._nodes
        for node in nodes:
            info = table.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.waiting
            if state != _HANDED_OUT:
                if state >= 0:
                    raise ValueError(
                        f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.waiting = _FINISHED
            for succ in info.successors:
                succ_info = table[succ]
                succ_info.waiting -= 1
                if succ_info.waiting == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first search over successor edges, roots taken in insertion
        # order; the first back edge met closes the reported cycle.
        table = self._nodes
        visited = set()
        for root in table:
            if root in visited:
                continue
            visited.add(root)
            path = [root]
            position = {root: 0}
            iters = [iter(table[root].successors)]
            while iters:
                for succ in iters[-1]:
                    if succ in visited:
                        at = position.get(succ)
                        if at is not None:
                            return path[at:] + [succ]
                        continue
                    visited.add(succ)
                    position[succ] = len(path)
                    path.append(succ)
                    iters.append(iter(table[succ].successors))
                    break
                else:
                    iters.pop()
                    del position[path.pop()]
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
