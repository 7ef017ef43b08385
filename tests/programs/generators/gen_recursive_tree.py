class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def preorder(self):
        yield self.value
        for c in self.children:
            yield from c.preorder()
    def postorder(self):
        for c in self.children:
            yield from c.postorder()
        yield self.value
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
tree = Node('a', Node('b', Node('d'), Node('e')), Node('c', Node('f')))
print(list(tree.preorder()), list(tree.postorder()), list(tree.leaves()))
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for p in permutations(items[:i] + items[i + 1:]):
            yield [x] + p
print([''.join(p) for p in permutations('abc')])
def walk_depth(n):
    if n:
        yield n
        yield from walk_depth(n - 1)
print(sum(walk_depth(200)))
