from __future__ import annotations
import __future__

class Node:
    value: int
    children: list[Node]
    def add(self, other: Node, *, weight: float = 1.0) -> Node:
        return self

def f(a: Undefined[int], b: "quoted" = 3) -> dict[str, tuple[int, ...]]:
    return {}

x: Optional[
    int
] = None
print(Node.__annotations__)
print(Node.add.__annotations__)
print(f.__annotations__)
print(__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
